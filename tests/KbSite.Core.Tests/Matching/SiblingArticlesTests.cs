using KbSite.Articles;
using KbSite.Corpus;
using KbSite.Search;

namespace KbSite.Matching;

/// <summary>
/// Articles that share a source, an id and a message and differ only in a printed value or in wording: the paste's
/// values and words decide, placeholders are neutral, and true ties have a fixed order.
/// </summary>
public sealed class SiblingArticlesTests
{
    private static Article Make(string number, string source, int id, string message, string level = "Error", DateOnly? modified = null, params EventSignature[] more) => new()
    {
        Number = number,
        Title = number,
        State = ArticleState.Published,
        Modified = modified,
        Events = [new EventSignature { Source = source, EventId = id, Level = level, Message = message }, .. more],
    };

    private static MatchResult Match(IEnumerable<Article> articles, string paste)
    {
        using var index = new SearchTestIndex([.. articles]);
        return new EventMatcher(index.Index).Match(paste);
    }

    private static readonly Article[] HresultSiblings =
    [
        Make("Q1", "MSExchangeIS", 9175, "The MAPI call failed with error 0x80070005 while opening the mailbox of CONTOSO\\Administrator on EXCH01."),
        Make("Q2", "MSExchangeIS", 9175, "The MAPI call failed with error 0x80070057 while opening the mailbox of CONTOSO\\Administrator on EXCH01."),
        Make("Q3", "MSExchangeIS", 9175, "The MAPI call failed with error %1 while opening the mailbox of CONTOSO\\Administrator on EXCH01."),
    ];

    [Theory]
    [InlineData("0x80070005", "Q1")]
    [InlineData("0x80070057", "Q2")]
    public void The_article_that_prints_the_pasted_code_comes_first(string code, string expected)
    {
        var paste = PasteFormatter.Write("event-viewer", "MSExchangeIS", 9175, "Error", $"The MAPI call failed with error {code} while opening the mailbox of FABRIKAM\\jsmith on MAIL7.");

        foreach (var order in new[] { HresultSiblings, HresultSiblings.Reverse().ToArray() })
        {
            var result = Match(order, paste);

            Assert.Equal(expected, result.Matches[0].Id);
            Assert.Contains(result.Matches[0].Reasons, r => r.StartsWith("same values: ", StringComparison.Ordinal) && r.Contains(code, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_code_no_article_prints_goes_to_the_article_with_a_placeholder_there()
    {
        var paste = PasteFormatter.Write("event-viewer", "MSExchangeIS", 9175, "Error", "The MAPI call failed with error 0x8004010F while opening the mailbox of FABRIKAM\\jsmith on MAIL7.");

        Assert.Equal("Q3", Match(HresultSiblings, paste).Matches[0].Id);
    }

    /// <summary>Two siblings (same source and id) and a paste from another server: the one it agrees with must come first.</summary>
    public static TheoryData<string, string, string, string, bool> TwoSiblings() => new()
    {
        {
            "database engine error, as printed by the first",
            "Information Store (2468) The database page read from the file D:\\Data\\priv1.edb failed verification because of a -1018 error.",
            "Information Store (2468) The database page read from the file D:\\Data\\priv1.edb failed verification because of a -1216 error.",
            "Information Store (3312) The database page read from the file E:\\Exch\\mailbox2.edb failed verification because of a -1018 error.",
            true
        },
        {
            "database engine error, as printed by the second",
            "Information Store (2468) The database page read from the file D:\\Data\\priv1.edb failed verification because of a -1018 error.",
            "Information Store (2468) The database page read from the file D:\\Data\\priv1.edb failed verification because of a -1216 error.",
            "Information Store (3312) The database page read from the file E:\\Exch\\mailbox2.edb failed verification because of a -1216 error.",
            false
        },
        {
            "service name",
            "The 'Microsoft Exchange Transport' service terminated unexpectedly. It has done this 1 time(s).",
            "The 'Microsoft Exchange Replication' service terminated unexpectedly. It has done this 1 time(s).",
            "The 'Microsoft Exchange Replication' service terminated unexpectedly. It has done this 4 time(s).",
            false
        },
        {
            "punctuation: parentheses",
            "The information store (PRIV) could not be opened because the log files are missing.",
            "The information store, PRIV, could not be opened because the log files are missing.",
            "The information store (PRIV) could not be opened because the log files are missing.",
            true
        },
        {
            "punctuation: commas",
            "The information store (PRIV) could not be opened because the log files are missing.",
            "The information store, PRIV, could not be opened because the log files are missing.",
            "The information store, PRIV, could not be opened because the log files are missing.",
            false
        },
        {
            "one word",
            "The directory service could not be contacted by the System Attendant; retrying in 60 seconds.",
            "The directory service could not be located by the System Attendant; retrying in 60 seconds.",
            "The directory service could not be located by the System Attendant; retrying in 300 seconds.",
            false
        },
        {
            "cut off where the wording of the second continues it",
            "The backup of storage group First Storage Group on EXCH01 was stopped by the operator before it completed.",
            "The backup of storage group First Storage Group on EXCH01 failed because the transaction log files are missing.",
            "The backup of storage group SG2 on MAIL4 failed because the transac",
            false
        },
    };

    [Theory]
    [MemberData(nameof(TwoSiblings))]
    public void The_sibling_the_paste_agrees_with_comes_first_whatever_the_index_order(string differingIn, string first, string second, string pasted, bool firstIsRight)
    {
        var expected = firstIsRight ? "Q1" : "Q2";
        Article[] articles = [Make("Q1", "Relay", 500, first), Make("Q2", "Relay", 500, second)];
        var paste = PasteFormatter.Write("event-viewer", "Relay", 500, "Error", pasted);

        foreach (var order in new[] { articles, articles.Reverse().ToArray() })
        {
            var top = Match(order, paste).Matches[0].Id;
            Assert.True(top == expected, $"{differingIn}: {top} came first, not {expected}");
        }
    }

    [Fact]
    public void True_ties_go_to_the_article_about_fewer_events_then_to_the_newer_one_whatever_the_index_order()
    {
        const string message = "The connector to the remote site stopped because the bridgehead server EXCH01 could not be reached.";
        var other = new EventSignature { Source = "Router", EventId = 2, Message = "The routing table was rebuilt after a topology change.", Order = 1 };
        Article[] articles =
        [
            Make("Q61", "Router", 1, message, modified: new DateOnly(2001, 1, 1), more: other),
            Make("Q62", "Router", 1, message, modified: new DateOnly(1999, 1, 1)),
            Make("Q63", "Router", 1, message, modified: new DateOnly(2003, 1, 1)),
        ];
        var paste = PasteFormatter.Write("event-viewer", "Router", 1, "Error", "The connector to the remote site stopped because the bridgehead server MAIL9 could not be reached.");

        foreach (var order in new[] { articles, articles.Reverse().ToArray(), [articles[1], articles[0], articles[2]] })
        {
            var result = Match(order, paste);

            Assert.Equal(["Q63", "Q62", "Q61"], result.Matches.Select(m => m.Id));
            Assert.Equal(result.Matches[0].Score, result.Matches[2].Score, 3);
        }
    }

    [Fact]
    public void A_level_the_article_states_otherwise_orders_siblings_and_is_said()
    {
        Article[] articles =
        [
            Make("Q71", "Relay", 300, "The relay queue for connector %1 is growing.", level: "Warning"),
            Make("Q72", "Relay", 300, "The relay queue for connector %1 is growing.", level: "Error"),
        ];
        var paste = PasteFormatter.Write("event-viewer", "Relay", 300, "Error", "The relay queue for connector Outbound is growing.");

        var result = Match(articles, paste);

        Assert.Equal(["Q72", "Q71"], result.Matches.Select(m => m.Id));
        Assert.Contains("the article states another level (Warning)", result.Matches[1].Reasons);
        Assert.DoesNotContain(result.Matches[0].Reasons, r => r.Contains("another level", StringComparison.Ordinal));
    }
}
