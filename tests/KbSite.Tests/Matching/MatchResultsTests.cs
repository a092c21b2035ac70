using Bunit;
using KbSite.Matching;

namespace KbSite.Matching;

public sealed class MatchResultsTests : BunitContext
{
    private static MatchResult Result()
    {
        var alignment = new MessageAlignment(0.9, 0.9, 0.95, 10, 11, [new SlotDifference("6", "11")],
            [new AlignedToken("index", SegmentState.Same), new AlignedToken("6", SegmentState.Differs)],
            [new AlignedToken("index", SegmentState.Same), new AlignedToken("11", SegmentState.Differs)]);
        var match = new EventMatch(0, "MSExchangeMTA", 1277, "Error", "Control block index 6.", 0.93, true, true, alignment);
        return new MatchResult(
            [new PastedEvent("MSExchangeMTA", 1277, "Error", "Control block index 11.", "event-viewer")],
            [new ArticleMatch("Q152877", "XCON: Unexpected event ID's", "Microsoft Exchange", 0.93, 0, [match], ["same source (MSExchangeMTA)", "same event id (1277)"])]);
    }

    [Fact]
    public void The_parsed_event_is_shown_with_its_format()
    {
        var cut = Render<MatchResults>(p => p.Add(c => c.Result, Result()));

        var cells = cut.Find(".parsed-events tbody tr").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1", "MSExchangeMTA", "1277", "Error", "Control block index 11.", "event-viewer"], cells);
    }

    [Fact]
    public void Each_match_links_the_article_with_score_reasons_and_highlighted_differences()
    {
        var cut = Render<MatchResults>(p => p.Add(c => c.Result, Result()));

        Assert.Equal("/articles/Q152877", cut.Find(".match .hit__title").GetAttribute("href"));
        Assert.Contains("0.93", cut.Find(".match-score").TextContent, StringComparison.Ordinal);
        Assert.Equal(["same source (MSExchangeMTA)", "same event id (1277)"], cut.FindAll(".reasons li").Select(li => li.TextContent));
        Assert.Equal(["6", "11"], cut.FindAll(".aligned .tok--differs").Select(t => t.TextContent));
    }

    [Fact]
    public void Related_articles_are_listed_apart_from_the_matches()
    {
        var related = new ArticleMatch("Q900112", "XCON: MTA Logs Event 1277", "Microsoft Exchange", 0.48, 0, [], ["different source (article: X)"]);
        var cut = Render<MatchResults>(p => p.Add(c => c.Result, Result() with { Related = [related] }));

        Assert.Equal(["/articles/Q152877"], cut.FindAll(".match .hit__title").Select(a => a.GetAttribute("href")));
        var section = cut.Find(".match-related");
        Assert.Equal("Related articles", section.QuerySelector("h2")!.TextContent);
        Assert.Equal("/articles/Q900112", section.QuerySelector(".hit__title")!.GetAttribute("href"));
    }

    [Fact]
    public void A_paste_of_insertion_strings_says_its_side_is_the_articles_message_with_them_put_in()
    {
        var result = Result();
        var match = result.Matches[0] with { Events = [result.Matches[0].Events[0] with { FromInserts = true }] };
        var cut = Render<MatchResults>(p => p.Add(c => c.Result, result with { Matches = [match] }));

        Assert.Contains(cut.FindAll(".match h3"), h => h.TextContent.Contains("insertion strings", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".match-related"));
    }

    [Fact]
    public void The_messages_side_by_side_read_as_text_with_their_punctuation_and_a_legend()
    {
        const string article = "An error occurred while processing an association with entity /O=organization/OU=site/CN=SERVERS. Host mail.contoso.com refused it.";
        const string pasted = "An error occurred while processing an association with entity /O=Contoso/OU=Paris/CN=SERVERS. Host smtp.fabrikam.com refused it.";
        var alignment = MessageAligner.Align(MessageTokenizer.Tokenize(article), MessageTokenizer.Tokenize(pasted));
        var match = new EventMatch(0, "MSExchangeMTA", 1008, "Error", article, 0.97, true, true, alignment);
        var result = new MatchResult(
            [new PastedEvent("MSExchangeMTA", 1008, "Error", pasted, "event-viewer")],
            [new ArticleMatch("Q1", "MTA association errors", "Microsoft Exchange", 0.97, 0, [match], [])]);

        var cut = Render<MatchResults>(p => p.Add(c => c.Result, result));

        var sides = cut.FindAll(".side-by-side .aligned");
        Assert.Equal([article, pasted], sides.Select(s => s.TextContent.Trim()));
        Assert.Equal(["/O=organization/OU=site/CN=SERVERS"], sides[0].QuerySelectorAll(".tok--differs").Select(t => t.TextContent));
        Assert.NotEmpty(sides[0].QuerySelectorAll("wbr"));
        Assert.Equal(["same in both", "a value that differs", "only on this side"], cut.FindAll(".legend .tok").Select(t => t.TextContent));
        Assert.Contains("match-score--strong", cut.Find(".match-score").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_score_is_not_shown_in_the_colour_of_a_strong_one()
    {
        var weak = Result() with { Matches = [Result().Matches[0] with { Score = 0.45 }] };

        var cut = Render<MatchResults>(p => p.Add(c => c.Result, weak));

        Assert.Contains("match-score--weak", cut.Find(".match-score").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_no_article_explains_gets_next_steps_with_its_search()
    {
        var cut = Render<MatchResults>(p => p.Add(c => c.Result, Result() with { Matches = [] }));

        Assert.Contains("No article explains the pasted event.", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll(".next-steps a"), a => a.GetAttribute("href") == "/search?q=MSExchangeMTA%201277");
    }

    [Fact]
    public void No_event_recognised_is_said_plainly()
    {
        var cut = Render<MatchResults>(p => p.Add(c => c.Result, MatchResult.Empty));

        Assert.Contains("No event recognised", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".match"));
    }
}
