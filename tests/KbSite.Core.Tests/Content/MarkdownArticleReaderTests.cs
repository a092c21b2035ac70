using KbSite.Articles;
using KbSite.Content;

namespace KbSite.Content;

public sealed class MarkdownArticleReaderTests
{
    private const string Complete = """
        ---
        id: KB900555
        title: "Sample: every key"
        product: Microsoft SQL Server
        versions: ["6.0", "6.5"]
        platform: Windows NT 4.0
        category: sql
        published: 1997-05-02
        modified: 12-AUG-1998
        keywords: kbbug kbsetup
        technology: [kbSQLServ650]
        query-words: [S E R V P A C K, log full]
        applies-to:
          - Microsoft SQL Server, version 6.5
          - Microsoft SQL Server, version 6.0
        related: [Q152877, 900101]
        status: fixed
        fixed-in: SQL Server 6.5 Service Pack 3
        state: retired
        copyright: Example Corp 1998
        disclaimer: Provided as is.
        events:
          - source: MSSQLServer
            id: 17055
            level: Error
            message: "17052 : Error: 1105, Severity: 17, State: 2"
          - {source: MSSQLServer, id: 17056, message: second}
        ---
        ## Symptoms

        Something happens.

        ## Status

        Fixed in **Service Pack 3**.
        """;

    [Fact]
    public void Every_front_matter_key_lands_in_its_field()
    {
        var a = MarkdownArticleReader.Read(Complete);

        Assert.Equal("Q900555", a.Number);
        Assert.Equal("Sample: every key", a.Title);
        Assert.Equal("Microsoft SQL Server", a.Product);
        Assert.Equal(["6.0", "6.5"], a.Versions);
        Assert.Equal("Windows NT 4.0", a.Platform);
        Assert.Equal("sql", a.Category);
        Assert.Equal(new DateOnly(1997, 5, 2), a.Published);
        Assert.Equal(new DateOnly(1998, 8, 12), a.Modified);
        Assert.Equal(["kbbug", "kbsetup"], a.Keywords);
        Assert.Equal(["kbSQLServ650"], a.Technology);
        Assert.Equal(["S E R V P A C K", "log full"], a.QueryWords);
        Assert.Equal(["Microsoft SQL Server, version 6.5", "Microsoft SQL Server, version 6.0"], a.AppliesTo);
        Assert.Equal(["Q152877", "Q900101"], a.Related);
        Assert.Equal(StatusKind.Fixed, a.StatusKind);
        Assert.Equal("SQL Server 6.5 Service Pack 3", a.FixedIn);
        Assert.Equal(ArticleState.Retired, a.State);
        Assert.Equal("Example Corp 1998", a.Copyright);
        Assert.Equal("Provided as is.", a.Disclaimer);
        Assert.Equal("Fixed in **Service Pack 3**.", a.StatusText);
        Assert.StartsWith("## Symptoms", a.Body, StringComparison.Ordinal);
        Assert.Collection(
            a.Events,
            e => Assert.Equal(("MSSQLServer", 17055, "Error", "17052 : Error: 1105, Severity: 17, State: 2", 0), (e.Source, e.EventId, e.Level, e.Message, e.Order)),
            e => Assert.Equal(("MSSQLServer", 17056, "", "second", 1), (e.Source, e.EventId, e.Level, e.Message, e.Order)));
    }

    [Fact]
    public void State_defaults_to_published_and_status_to_information()
    {
        var a = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\n---\nBody\n");

        Assert.Equal(ArticleState.Published, a.State);
        Assert.Equal(StatusKind.Information, a.StatusKind);
        Assert.Empty(a.Events);
    }

    [Theory]
    [InlineData("---\nid: Q1\ntitle: T\n", "not closed")]
    [InlineData("+++\ntitle = \"T\"\n", "TOML front matter opened at line 1 is not closed")]
    [InlineData("---\nid: Q1\ntitle: [unclosed\n---\n", "not valid YAML near line 4")]
    [InlineData("\n\n---\nid: Q1\ntitle: T\ntitle: U\n---\n", "not valid YAML near line 6: Duplicate key")]
    public void A_front_matter_that_cannot_be_parsed_at_all_is_refused_with_its_line(string text, string expected)
    {
        var e = Assert.Throws<ContentFormatException>(() => MarkdownArticleReader.Read(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\nid: Q1\ntitle: [a, b]\n---\n# Heading\n", "\"title\" (front-matter line 2) is a list where one value belongs")]
    [InlineData("---\nid: Q1\ntitle: T\npublished: yesterday\n---\n", "\"published\" is \"yesterday\", which is not a date")]
    [InlineData("---\nid: Q1\ntitle: T\nstate: 1\n---\n", "\"state\" is \"1\", not draft, published or retired")]
    [InlineData("---\nid: Q1\ntitle: T\nrelated: [Q2, nonsense]\n---\n", "\"related\" names \"nonsense\"")]
    [InlineData("---\nid: Q1\ntitle: T\ndraft: maybe\n---\n", "\"draft\" is \"maybe\", not true or false")]
    [InlineData("---\nid: Q1\ntitle: T\nkeywords: {a: b}\n---\n", "\"keywords\" (front-matter line 3) is a mapping where a list belongs")]
    public void A_value_of_the_wrong_kind_is_dropped_with_a_note_and_the_article_kept(string text, string expectedNote)
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read(text, notes);

        Assert.Equal("Q1", a.Number);
        Assert.Contains(notes, n => n.Contains(expectedNote, StringComparison.Ordinal));
        Assert.Null(a.Published);
        Assert.Equal(ArticleState.Published, a.State);
        Assert.Empty(a.Keywords);
    }

    [Theory]
    [InlineData("{source: S, id: 70000, message: m}", "event 1 has id \"70000\", not a whole number from 0 to 65535")]
    [InlineData("{source: S, id: -1, message: m}", "event 1 has id \"-1\"")]
    [InlineData("{source: S, id: 5}", "event 1 (id 5) has no message")]
    [InlineData("just text", "event 1 (front-matter line 4) is not a mapping")]
    public void An_event_entry_that_cannot_be_a_signature_is_dropped_and_the_others_kept(string entry, string expectedNote)
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read($"---\nid: Q1\ntitle: T\nevents:\n  - {entry}\n  - {{source: S, id: 7, message: kept}}\n---\n", notes);

        var kept = Assert.Single(a.Events);
        Assert.Equal((7, "kept", 0), (kept.EventId, kept.Message, kept.Order));
        Assert.Contains(notes, n => n.Contains(expectedNote, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_event_key_is_noted_and_its_event_kept()
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\nevents:\n  - {source: S, id: 5, message: m, colour: red}\n---\n", notes);

        Assert.Equal(5, Assert.Single(a.Events).EventId);
        Assert.Contains(notes, n => n.Contains("key \"colour\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_entries_may_use_the_names_Get_WinEvent_gives_their_parts()
    {
        var a = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\nevents:\n  - {ProviderName: MSExchangeIS, Id: 9646, LevelDisplayName: Error, Message: Mapi session exceeded}\n---\n");

        var e = Assert.Single(a.Events);
        Assert.Equal(("MSExchangeIS", 9646, "Error", "Mapi session exceeded"), (e.Source, e.EventId, e.Level, e.Message));
    }

    [Fact]
    public void Keys_no_field_holds_are_kept_as_yaml_and_noted()
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read("---\nid: Q1\nms.topic: troubleshooting\ntitle: T\nweight: 10\naliases:\n  - /old/path\n  - /older\n---\nBody\n", notes);

        Assert.Equal("T", a.Title);
        Assert.Equal("ms.topic: troubleshooting\nweight: 10\naliases:\n  - /old/path\n  - /older", a.OtherFrontMatter);
        Assert.Contains(notes, n => n.Contains("kept 3 other keys as they came (ms.topic, weight, aliases)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\nid: ABC\ntitle: T\n---\n", "\"id\" is \"ABC\", which is not an article number")]
    [InlineData("---\ntitle: T\n---\n", null)]
    public void An_article_without_a_usable_number_is_read_without_one(string text, string? expectedNote)
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read(text, notes);

        Assert.Equal("", a.Number);
        Assert.Equal("T", a.Title);
        if (expectedNote is not null)
        {
            Assert.Contains(notes, n => n.Contains(expectedNote, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_status_sentence_is_classified_and_kept_as_the_status_section()
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\nstatus: Confirmed problem in Contoso Mail 2.0; corrected in Contoso Mail 2.0 Update 3.\n---\n## Symptoms\n\nMail stops.\n", notes);

        Assert.Equal(StatusKind.ConfirmedProblem, a.StatusKind);
        Assert.Equal("Contoso Mail 2.0 Update 3", a.FixedIn);
        Assert.Equal("Confirmed problem in Contoso Mail 2.0; corrected in Contoso Mail 2.0 Update 3.", a.StatusText);
        Assert.EndsWith("## Status\n\nConfirmed problem in Contoso Mail 2.0; corrected in Contoso Mail 2.0 Update 3.\n", a.Body, StringComparison.Ordinal);
        Assert.Contains(notes, n => n.Contains("read as confirmed-problem", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("This behavior is by design.", StatusKind.ByDesign, "")]
    [InlineData("Fixed in Fabrikam Server 3.1.", StatusKind.Fixed, "Fabrikam Server 3.1")]
    [InlineData("Microsoft has confirmed this to be a problem in Exchange 5.5. This problem was corrected in Exchange 5.5 Service Pack 2.", StatusKind.ConfirmedProblem, "Exchange 5.5 Service Pack 2")]
    [InlineData("Under review by the messaging team.", StatusKind.Information, "")]
    [InlineData("by-design", StatusKind.ByDesign, "")]
    public void Status_takes_a_kind_or_a_sentence(string status, StatusKind kind, string fixedIn)
    {
        var a = MarkdownArticleReader.Read($"---\nid: Q1\ntitle: T\nstatus: \"{status}\"\n---\nText.\n");

        Assert.Equal((kind, fixedIn), (a.StatusKind, a.FixedIn));
    }

    [Fact]
    public void A_status_sentence_does_not_replace_a_status_section_the_body_has()
    {
        var a = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\nstatus: This behavior is by design.\n---\n## Status\n\nBy design, as the protocol requires.\n");

        Assert.Equal("By design, as the protocol requires.", a.StatusText);
        Assert.Single(a.Body.Split("## Status"), p => p.Length > 0);
    }

    [Fact]
    public void Lines_between_dashes_that_are_not_keys_are_read_as_the_body()
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read("---\n- just\n- a list\n---\nMore text.\n", notes, "notes.md");

        Assert.Equal("Notes", a.Title);
        Assert.Equal("- just\n- a list\n\nMore text.\n", a.Body);
        Assert.Contains(notes, n => n.Contains("read as the start of the body", StringComparison.Ordinal));
    }
}
