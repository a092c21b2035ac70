using KbSite.Articles;

namespace KbSite.Content;

/// <summary>
/// One fixture per system teams keep articles in (Fixtures/Import): each is read without a refusal, its facts land in
/// their fields and the event its body prints becomes a signature.
/// </summary>
public sealed class ImportedStylesTests
{
    private static ArticleRead Read(string name) =>
        ArticleFileReader.Read(new ContentFile(name, File.ReadAllBytes(Fixture.PathOf(Path.Combine("Import", name)))));

    [Theory]
    [InlineData("docs-site.md", "Q2000123", "Event ID 9646 is logged when a mail client opens too many sessions", "MSExchangeIS", 9646, "Error", "Mapi session \"/o=Contoso/ou=Admin/cn=Recipients/cn=ann\" exceeded the maximum of 32 objects")]
    [InlineData("hugo-toml.md", "", "Print spooler events after a driver update", "Microsoft-Windows-PrintService", 372, "Error", "The document <document name>, owned by <user>, failed to print")]
    [InlineData("jekyll.md", "", "Service Control Manager reports a service that stopped unexpectedly", "Service Control Manager", 7034, "", "The Backup Agent service terminated unexpectedly.")]
    [InlineData("raneto.md", "", "Mailbox database dismounts after a log disk fills", "MSExchangeIS", 9559, "Error", "The database \"Mailbox Database 02\" was dismounted")]
    [InlineData("raneto-comment.md", "", "Replication stops with a directory service error", "", 1311, "", "The Knowledge Consistency Checker (KCC) has detected problems")]
    [InlineData("wikijs.md", "", "Disk controller reset events", "disk", 153, "Warning", "The IO operation at logical block address 0x1e8e4000 for Disk 2")]
    [InlineData("bookstack.md", "", "Time service cannot reach its source", "Microsoft-Windows-Time-Service", 12, "", "Time Provider NtpClient: This machine is configured to use the domain hierarchy")]
    [InlineData("status-sentence.md", "", "Gateway drops connections after 100 sessions", "Fabrikam.Gateway", 4100, "", "Connection refused: the session table is full")]
    [InlineData("classic-empty-event.txt", "Q900777", "XFOR: MTA Logs Events 2114 and 2115 at Startup", "MSExchangeMTA", 2115, "", "The MTA could not find the routing table entry")]
    public void Each_style_is_read_with_its_title_number_and_the_event_its_body_prints(string file, string number, string title, string source, int eventId, string level, string messageStart)
    {
        var (article, _) = Read(file);

        Assert.Equal((number, title), (article.Number, article.Title));
        var e = article.Events[0];
        Assert.Equal((source, eventId, level), (e.Source, e.EventId, e.Level));
        Assert.StartsWith(messageStart, e.Message, StringComparison.Ordinal);
        Assert.Null(ArticleRules.FirstProblem(WithNumber(article)));
    }

    [Fact]
    public void A_docs_site_article_maps_its_keys_and_keeps_the_others()
    {
        var (a, notes) = Read("docs-site.md");

        Assert.Equal("Explains why the information store refuses new MAPI sessions for one user and how to raise the limit safely.", a.Summary);
        Assert.Equal(("contoso-writer", new DateOnly(2024, 3, 14)), (a.Author, a.Modified));
        Assert.Equal(["Contoso Mail Server 2019", "Contoso Mail Server 2016"], a.AppliesTo);
        Assert.Equal("ms.author: cwriter\nms.topic: troubleshooting\nms.custom: sap:Mailbox management, CSSTroubleshoot\nsearch.appverid: MET150", a.OtherFrontMatter);
        Assert.DoesNotContain("# Event ID 9646", a.Body, StringComparison.Ordinal);
        Assert.Contains(notes, n => n.Contains("numbered Q2000123 from its \"Original KB number\" line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hugo_toml_article_maps_its_keys_and_keeps_its_tables()
    {
        var (a, _) = Read("hugo-toml.md");

        Assert.Equal((new DateOnly(2023, 5, 2), new DateOnly(2024, 1, 9), ArticleState.Published), (a.Published, a.Modified, a.State));
        Assert.Equal(["printing", "spooler", "Windows Server"], a.Keywords);
        Assert.Equal("Two events that the print spooler logs when a third-party driver fails to load.", a.Summary);
        Assert.Equal("weight: 20\nparams:\n  reviewed: true\n  team: \"Print services\"", a.OtherFrontMatter);
        Assert.Equal([372, 808], a.Events.Select(e => e.EventId));
    }

    [Fact]
    public void A_jekyll_article_reads_its_dates_categories_and_status_section()
    {
        var (a, _) = Read("jekyll.md");

        Assert.Equal((new DateOnly(2021, 7, 19), new DateOnly(2022, 2, 1)), (a.Published, a.Modified));
        Assert.Equal(["windows", "services", "scm", "crash"], a.Keywords);
        Assert.Equal(("What event 7034 means and where to look next.", StatusKind.ByDesign), (a.Summary, a.StatusKind));
        Assert.Equal("layout: post\ntoc: true", a.OtherFrontMatter);
    }

    [Fact]
    public void A_wiki_js_article_takes_date_created_as_published_and_date_as_modified()
    {
        var (a, _) = Read("wikijs.md");

        Assert.Equal((new DateOnly(2022, 10, 28), new DateOnly(2022, 11, 3)), (a.Published, a.Modified));
        Assert.Equal(["storage", "disk", "hardware"], a.Keywords);
        Assert.Equal("editor: markdown", a.OtherFrontMatter);
    }

    [Fact]
    public void Raneto_keys_are_read_in_either_header_form()
    {
        var (yaml, _) = Read("raneto.md");
        var (comment, _) = Read("raneto-comment.md");

        Assert.Equal(("The store dismounts a database whose transaction log volume is full.", new DateOnly(2020, 10, 5), "Sort: 3"), (yaml.Summary, yaml.Modified, yaml.OtherFrontMatter));
        Assert.Equal(("Active Directory replication fails between two sites.", "Sort: \"5\""), (comment.Summary, comment.OtherFrontMatter));
    }

    [Theory]
    [InlineData("---\ntitle: T\ndraft: true\n---\nx\n", ArticleState.Draft)]
    [InlineData("---\ntitle: T\npublished: false\n---\nx\n", ArticleState.Draft)]
    [InlineData("---\ntitle: T\nstatus: draft\n---\nx\n", ArticleState.Draft)]
    [InlineData("---\ntitle: T\nstatus: archived\n---\nx\n", ArticleState.Retired)]
    [InlineData("---\ntitle: T\ndraft: true\nstate: published\n---\nx\n", ArticleState.Published)]
    public void Drafts_are_read_from_the_keys_other_systems_use(string text, ArticleState state)
    {
        Assert.Equal(state, MarkdownArticleReader.Read(text).State);
    }

    [Theory]
    [InlineData("2021-07-19 10:12:00 +0000", 2021, 7, 19)]
    [InlineData("2022-11-03T23:05:22.371Z", 2022, 11, 3)]
    [InlineData("2023-05-02T08:30:00+02:00", 2023, 5, 2)]
    [InlineData("03/14/2024", 2024, 3, 14)]
    [InlineData("14-MAR-2024", 2024, 3, 14)]
    [InlineData("March 14, 2024", 2024, 3, 14)]
    public void Dates_are_read_as_the_day_written(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), MarkdownArticleReader.Read($"---\ntitle: T\ndate: \"{text}\"\n---\nx\n").Published);
    }

    [Theory]
    [InlineData("kb2000123-mta-stops.md", "Q2000123")]
    [InlineData("articles/Q152877.md", "Q152877")]
    [InlineData("KB_4011.md", "Q4011")]
    [InlineData("backup-2019.md", null)]
    [InlineData("quick-fix.md", null)]
    public void A_number_in_the_file_name_numbers_an_article_without_one(string file, string? number)
    {
        var (a, _) = ArticleFileReader.Read(new ContentFile(file, "# Title\n\nText.\n"u8.ToArray()));

        Assert.Equal(number ?? "", a.Number);
    }

    [Fact]
    public void Fields_beyond_their_limits_are_cut_with_a_note()
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read($"---\ntitle: {new string('t', 500)}\ndescription: {new string('d', 1500)}\ntags: [{string.Join(", ", Enumerable.Range(0, 300))}]\n---\nx\n", notes);

        Assert.Equal((ArticleRules.MaxTitleLength, ArticleRules.MaxSummaryLength, ArticleRules.MaxListItems), (a.Title.Length, a.Summary.Length, a.Keywords.Count));
        Assert.Contains(notes, n => n.Contains("the title is 500 characters long; it was cut to 400", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("the keywords list has 300 items; the first 200 were kept", StringComparison.Ordinal));
    }

    private static Article WithNumber(Article a)
    {
        var copy = new Article();
        ArticleContent.Copy(a, copy);
        copy.Number = a.Number.Length > 0 ? a.Number : "Q1";
        return copy;
    }
}
