using KbSite.Articles;
using KbSite.Corpus;
using KbSite.Matching;
using KbSite.Search;

namespace KbSite.Matching;

public sealed class EventMatcherTests : IDisposable
{
    private readonly SearchTestIndex _index = new();

    public void Dispose() => _index.Dispose();

    private MatchResult Match(string paste) => new EventMatcher(_index.Index).Match(paste);

    [Fact]
    public void Articles_with_the_same_source_and_id_are_told_apart_by_the_message()
    {
        var bind = PasteFormatter.Write("event-viewer", "MSExchangeMTA", 1004, "Error",
            "An error occurred while processing an association 5 with entity /O=Northwind/OU=Oslo/CN=Configuration/CN=Servers/CN=OSLMAIL2/CN=Microsoft MTA. The remote MTA rejected the bind request: authentication failure. [10 21 6 BASE IL KERNEL 14] (14)");

        Assert.Equal("Q900110", Match(bind).Matches[0].Id);
    }

    [Fact]
    public void The_same_id_under_another_source_is_another_article()
    {
        var ds = PasteFormatter.Write("powershell-winevent", "MSExchangeDS", 1004, "Error",
            "Directory replication with server OSLDC4 in site Oslo failed. The directory replication agent could not read the replication request message 0x80070005 from the queue. Replication will be retried.");

        Assert.Equal("Q900122", Match(ds).Matches[0].Id);
    }

    [Fact]
    public void A_paste_without_source_or_id_finds_its_article_by_the_message()
    {
        var result = Match("The server was unable to allocate from the system paged pool because the pool was empty.");

        Assert.Equal("Q900150", result.Matches[0].Id);
    }

    [Fact]
    public void A_truncated_paste_still_matches_on_what_is_there()
    {
        var (id, message) = Q152877MatchingTests.FromAnotherServer[3];
        var paste = PasteFormatter.Write("wevtutil", "MSExchangeMTA", id, "Error", message[..60]);

        Assert.Equal("Q152877", Match(paste).Matches[0].Id);
    }

    [Fact]
    public void An_article_that_explains_several_pasted_events_ranks_up_and_says_so()
    {
        var paste = PasteFormatter.Write("event-viewer", "MSExchangeMTA", 1004, "Error", Q152877MatchingTests.FromAnotherServer[0].Message) + "\n"
                    + PasteFormatter.Write("event-viewer", "MSExchangeMTA", 1277, "Error", Q152877MatchingTests.FromAnotherServer[2].Message);

        var result = Match(paste);

        Assert.Equal(2, result.Events.Count);
        var top = result.Matches[0];
        Assert.Equal("Q152877", top.Id);
        Assert.Equal(2, top.Events.Count);
        Assert.Contains("explains 2 of the 2 pasted events", top.Reasons);
        Assert.True(top.Score > result.Matches.Skip(1).Select(m => m.Score).DefaultIfEmpty(0).Max());
    }

    [Fact]
    public void A_weak_likeness_to_a_second_event_does_not_lift_an_article_above_the_exact_one()
    {
        static Article With(string number, params EventSignature[] events) =>
            new() { Number = number, Title = number, State = ArticleState.Published, Events = [.. events] };
        var exact = With("Q1", new EventSignature { Source = "Relay", EventId = 100, Message = "The relay queue for the outbound connector is full and new messages are rejected." });
        var sibling = With(
            "Q2",
            new EventSignature { Source = "Relay", EventId = 100, Message = "The relay queue for the inbound connector is full and new messages are rejected." },
            new EventSignature { Source = "Indexer", EventId = 7, Message = "The catalog for the mailbox store could not be opened; indexing is paused." });
        using var index = new SearchTestIndex([exact, sibling]);
        var paste = PasteFormatter.Write("nt", "Relay", 100, "Error", "The relay queue for the outbound connector is full and new messages are rejected.") + "\n"
                    + PasteFormatter.Write("nt", "Indexer", 9, "Error", "The catalog service stopped because the disk holding the mailbox store is full.");

        var result = new EventMatcher(index.Index).Match(paste);

        Assert.Equal(["Q1", "Q2"], result.Matches.Select(m => m.Id));
        Assert.Contains("explains 1 of the 2 pasted events", result.Matches[1].Reasons);
        Assert.Equal(2, result.Matches[1].Events.Count);
    }

    [Fact]
    public void With_several_pasted_events_the_first_places_cover_them_and_an_article_explaining_none_is_only_related()
    {
        static EventSignature Sig(string source, int id, string message, int order = 0) => new() { Source = source, EventId = id, Message = message, Order = order };
        static Article With(string number, params EventSignature[] events) =>
            new() { Number = number, Title = number, State = ArticleState.Published, Events = [.. events] };
        var queue = Sig("Relay", 100, "The relay queue for the outbound connector is full and new messages are rejected.");
        var retry = Sig("Relay", 101, "The relay could not deliver to the smart host SMTP01 and will retry in 10 minutes.", 1);
        var catalog = Sig("Indexer", 7, "The catalog for the mailbox store could not be opened; indexing is paused.");
        var disk = Sig("Disk", 51, "An error was detected on device Harddisk2 during a paging operation.");
        Article[] articles =
        [
            With("Q1", queue, retry),
            With("Q2", queue),
            With("Q3", catalog),
            With("Q4", disk),
            With("Q5", Sig("Indexer", 8, "The catalog for the public folder store was rebuilt after indexing was paused.")),
        ];
        using var index = new SearchTestIndex(articles);
        var paste = string.Join("\n", [
            PasteFormatter.Write("event-viewer", "Relay", 100, "Error", "The relay queue for the outbound connector is full and new messages are rejected."),
            PasteFormatter.Write("event-viewer", "Relay", 101, "Warning", "The relay could not deliver to the smart host MAILGW2 and will retry in 30 minutes."),
            PasteFormatter.Write("event-viewer", "Indexer", 7, "Error", "The catalog for the mailbox store could not be opened; indexing is paused."),
            PasteFormatter.Write("event-viewer", "Disk", 51, "Warning", "An error was detected on device Harddisk0 during a paging operation."),
        ]);

        var result = new EventMatcher(index.Index).Match(paste);

        Assert.Equal(4, result.Events.Count);
        Assert.Equal(["Q1", "Q3", "Q4", "Q2"], result.Matches.Select(m => m.Id));
        Assert.All(result.Matches, m => Assert.True(m.Explained > 0));
        Assert.DoesNotContain(result.Matches, m => m.Reasons.Contains("explains 0 of the 4 pasted events"));
        var related = Assert.Single(result.Related);
        Assert.Equal("Q5", related.Id);
        Assert.Equal(0, related.Explained);
    }

    [Fact]
    public void Numbered_parts_take_their_insertion_strings_and_names_the_article_prints_stay_as_printed()
    {
        var article = new Article
        {
            Number = "Q1",
            Title = "Agent stops",
            State = ArticleState.Published,
            Events = [new EventSignature { Source = "Agent", EventId = 12, Level = "Error", Message = "The %2 service on the Contoso server %1 stopped." }],
        };
        using var index = new SearchTestIndex([article]);
        const string xml = """<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Agent" /><EventID>12</EventID><Level>2</Level></System><EventData><Data>EXCH01</Data><Data>Backup Agent</Data></EventData></Event>""";

        var match = Assert.Single(new EventMatcher(index.Index).Match(xml).Matches).Events[0];

        Assert.True(match.FromInserts);
        Assert.Equal(1.0, match.InsertsFit);
        Assert.Equal(["The", "Backup Agent", "service", "on", "the", "Contoso", "server", "EXCH01", "stopped"], match.Alignment!.Pasted.Select(t => t.Text));
    }

    [Fact]
    public void Reasons_name_source_id_message_and_the_differing_parts()
    {
        var paste = PasteFormatter.Write("nt", "MSExchangeMTA", 1277, "Error", Q152877MatchingTests.FromAnotherServer[2].Message);

        var top = Match(paste).Matches[0];

        Assert.Contains("same source (MSExchangeMTA)", top.Reasons);
        Assert.Contains("same event id (1277)", top.Reasons);
        Assert.Contains(top.Reasons, r => r.StartsWith("message: ", StringComparison.Ordinal));
        var difference = Assert.Single(top.Reasons, r => r.StartsWith("variable parts differ", StringComparison.Ordinal));
        Assert.Contains("6 → 11", difference, StringComparison.Ordinal);
        var alignment = top.Events[0].Alignment!;
        Assert.Contains(alignment.Pasted, t => t.State == SegmentState.Differs && t.Text == "11");
    }

    [Fact]
    public void An_article_that_does_not_name_the_source_is_neither_same_nor_different_source()
    {
        static Article Make(string number, string source, string message) => new()
        {
            Number = number,
            Title = number,
            State = ArticleState.Published,
            Events = [new EventSignature { Source = source, EventId = 7034, Message = message }],
        };
        using var index = new SearchTestIndex(
        [
            Make("Q1", "", "The Backup Agent service terminated unexpectedly. It has done this 3 time(s)."),
            Make("Q2", "Service Control Manager", "The Backup Agent service stopped responding. It has done this 3 time(s)."),
        ]);

        var result = new EventMatcher(index.Index).Match(PasteFormatter.Write("event-viewer", "Service Control Manager", 7034, "Error", "The Backup Agent service terminated unexpectedly. It has done this 5 time(s)."));

        Assert.Equal("Q1", result.Matches[0].Id);
        Assert.Null(result.Matches[0].Events[0].SameSource);
        Assert.Contains("the article names no source for event 7034", result.Matches[0].Reasons);
        Assert.DoesNotContain(result.Matches[0].Reasons, r => r.Contains("different source", StringComparison.Ordinal));
    }

    [Fact]
    public void The_right_article_is_found_among_more_articles_with_that_source_and_id_than_are_scored()
    {
        string[] verbs = ["opened", "closed", "renamed", "moved", "copied", "locked", "scanned", "indexed"];
        string[] things = ["queue", "mailbox", "folder", "journal", "catalog", "spool", "archive", "profile", "gateway", "roster"];
        var articles = verbs.SelectMany(_ => things, (verb, thing) => (verb, thing))
            .Select((x, i) => new Article
            {
                Number = $"Q{i + 1}",
                Title = $"{x.thing} {x.verb}",
                State = ArticleState.Published,
                Events = [new EventSignature { Source = "Store", EventId = 500, Message = $"The store {x.verb} the {x.thing} on EXCH01 while a backup was running." }],
            })
            .ToList();
        using var index = new SearchTestIndex(articles);

        var result = new EventMatcher(index.Index).Match("Store Event ID 500\nThe store locked the journal on MAIL7 while a backup was running.");

        Assert.Equal(80, articles.Count);
        Assert.Equal("The store locked the journal on EXCH01 while a backup was running.", result.Matches[0].Events[0].Message);
    }

    [Fact]
    public void An_article_with_very_long_event_messages_is_indexed_and_matched()
    {
        var longMessage = "Dump follows: " + string.Join(' ', Enumerable.Range(0, 12_000).Select(i => $"frame{i % 97}")) + " end of dump.";
        var article = new Article
        {
            Number = "Q7",
            Title = "Long dump",
            State = ArticleState.Published,
            Events = [.. Enumerable.Range(0, 3).Select(i => new EventSignature { Source = "Dumper", EventId = 40 + i, Message = longMessage, Order = i })],
        };
        using var index = new SearchTestIndex([article]);

        var result = new EventMatcher(index.Index).Match("Dumper Event ID 41\n" + longMessage[..400]);

        Assert.Equal("Q7", Assert.Single(result.Matches).Id);
    }

    [Fact]
    public void Drafts_are_never_matched()
    {
        var draft = new Article { Number = "Q1", Title = "Draft", State = ArticleState.Draft, Events = [new() { Source = "Zeta", EventId = 9, Message = "zeta unique failure text" }] };
        using var index = new SearchTestIndex([draft]);

        Assert.Empty(new EventMatcher(index.Index).Match("Zeta Event ID 9\nzeta unique failure text").Matches);
    }

    [Fact]
    public void Nothing_recognisable_gives_no_events_and_no_matches()
    {
        Assert.Equal(MatchResult.Empty, Match("   "));
    }

    [Fact]
    public void Deep_links_list_the_articles_for_a_source_and_id()
    {
        var articles = new EventMatcher(_index.Index).ArticlesFor("msexchange mta", 1004);

        Assert.Equal(["Q152877", "Q900110"], articles.Select(a => a.Id).Order(StringComparer.Ordinal));
    }
}
