using Bunit;
using KbSite.Search;

namespace KbSite.Search;

public sealed class SearchResultsTests : BunitContext
{
    private static readonly SearchUrls Urls = new("mta hang", null, null, null, SearchSort.Relevance, 1);

    private static SearchResult Result(int total, params SearchHit[] hits) =>
        new(total, hits, new SearchFacets([new("Microsoft Exchange", 3), new("Microsoft SQL Server", 1)], [new("4.0", 2)], [new("confirmed-problem", 1)]), null, false, null, []);

    private static SearchHit Hit(string id, string snippet) =>
        new(id, "Title " + id, "Microsoft Exchange", ["4.0"], "1999-03-28", "confirmed-problem", 3.5f, snippet);

    [Fact]
    public void Hits_render_in_rank_order_with_their_highlighted_snippets()
    {
        var cut = Render<SearchResults>(p => p
            .Add(c => c.Result, Result(2, Hit("Q1", "the <mark>mta</mark> hangs"), Hit("Q2", "other")))
            .Add(c => c.Query, "mta hang")
            .Add(c => c.Urls, Urls));

        var titles = cut.FindAll(".hit__title");
        Assert.Equal(["Title Q1", "Title Q2"], titles.Select(t => t.TextContent));
        Assert.Equal("/articles/Q1", titles[0].GetAttribute("href"));
        Assert.Equal("mta", cut.Find(".hit__snippet mark").TextContent);
        Assert.Contains("2 articles", cut.Find(".result-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Facets_are_links_that_filter_with_their_counts()
    {
        var cut = Render<SearchResults>(p => p
            .Add(c => c.Result, Result(4, Hit("Q1", "s")))
            .Add(c => c.Query, "mta hang")
            .Add(c => c.Urls, Urls));

        var link = cut.FindAll(".facet a").First(a => a.TextContent == "Microsoft SQL Server");
        Assert.Equal("/search?q=mta%20hang&product=Microsoft%20SQL%20Server", link.GetAttribute("href"));
        Assert.Contains(cut.FindAll(".facet a"), a => a.TextContent == "Confirmed problem");
    }

    [Fact]
    public void No_hits_say_so_and_offer_the_suggestion()
    {
        var result = SearchResult.Empty with { DidYouMean = "servpack" };

        var cut = Render<SearchResults>(p => p.Add(c => c.Result, result).Add(c => c.Query, "sevrpack").Add(c => c.Urls, Urls));

        Assert.Contains("No articles found", cut.Find(".result-count").TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=servpack", cut.Find(".did-you-mean a").GetAttribute("href"));
    }

    [Fact]
    public void A_relaxed_search_is_explained()
    {
        var result = Result(1, Hit("Q1", "s")) with { Relaxed = true };

        var cut = Render<SearchResults>(p => p.Add(c => c.Result, result).Add(c => c.Query, "a b").Add(c => c.Urls, Urls));

        Assert.Contains("No article contains all the words", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_results_are_paged()
    {
        var cut = Render<SearchResults>(p => p
            .Add(c => c.Result, Result(35, Hit("Q1", "s")))
            .Add(c => c.Query, "mta hang")
            .Add(c => c.Urls, Urls));

        Assert.Contains("Page 1 of 4", cut.Find(".pager").TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=mta%20hang&page=2", cut.Find(".pager a[rel=next]").GetAttribute("href"));
    }
}
