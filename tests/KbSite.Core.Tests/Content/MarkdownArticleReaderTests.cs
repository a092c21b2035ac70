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
    [InlineData("---\nid: Q1\ntitel: T\n---\n", "unknown front-matter key \"titel\"")]
    [InlineData("---\nid: ABC\ntitle: T\n---\n", "\"ABC\", which is not an article number")]
    [InlineData("---\nid: Q1\n---\n", "no \"title\"")]
    [InlineData("---\ntitle: T\n---\n", "no \"id\"")]
    [InlineData("no front matter here", "does not start with a YAML front matter")]
    [InlineData("---\nid: Q1\ntitle: T\n", "not closed")]
    [InlineData("---\nid: Q1\ntitle: [unclosed\n---\n", "not valid YAML near line")]
    [InlineData("---\nid: Q1\ntitle: T\nstatus: maybe\n---\n", "\"status\" is \"maybe\"")]
    [InlineData("---\nid: Q1\ntitle: T\nstate: 1\n---\n", "\"state\" is \"1\"")]
    [InlineData("---\nid: Q1\ntitle: T\npublished: yesterday\n---\n", "\"published\" is \"yesterday\"")]
    [InlineData("---\nid: Q1\ntitle: T\nevents:\n  - {source: S, id: 70000, message: m}\n---\n", "event id is a whole number from 0 to 65535")]
    [InlineData("---\nid: Q1\ntitle: T\nevents:\n  - {source: S, id: -1, message: m}\n---\n", "id \"-1\"")]
    [InlineData("---\nid: Q1\ntitle: T\nevents:\n  - {source: S, id: 5}\n---\n", "has no message")]
    [InlineData("---\nid: Q1\ntitle: T\nevents:\n  - {source: S, id: 5, message: m, colour: red}\n---\n", "unknown key \"colour\"")]
    [InlineData("---\nid: Q1\ntitle: [a, b]\n---\n", "\"title\" (line 3) must be a single value")]
    [InlineData("---\n- just\n- a list\n---\n", "not a list of \"key: value\" lines")]
    public void Malformed_front_matter_is_refused_with_a_message_that_says_what_is_wrong(string text, string expected)
    {
        var e = Assert.Throws<ContentFormatException>(() => MarkdownArticleReader.Read(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
