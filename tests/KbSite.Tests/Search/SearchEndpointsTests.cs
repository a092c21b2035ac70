using System.Net;
using System.Text.Json;
using KbSite.Content;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Search;

public sealed class SearchEndpointsTests : SiteTest
{
    [Fact]
    public async Task The_api_returns_total_and_ranked_hits_with_snippets()
    {
        var result = await GetJsonAsync("/api/search?q=mta%20hang&top=5");

        Assert.True(result.GetProperty("total").GetInt32() >= 1);
        var first = result.GetProperty("hits")[0];
        Assert.Equal("Q152877", first.GetProperty("id").GetString());
        Assert.Equal("Microsoft Exchange", first.GetProperty("product").GetString());
        Assert.True(first.GetProperty("score").GetSingle() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("snippet").GetString()));
        Assert.Equal(["id", "title", "product", "state", "score", "snippet"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_misspelt_search_that_finds_nothing_shows_the_corrections_results_with_a_way_back()
    {
        var html = await Client.GetStringAsync("/search?q=sevrpack");

        Assert.Contains("No articles found for <strong>sevrpack</strong>. Showing", html, StringComparison.Ordinal);
        Assert.Contains("for <strong>servpack</strong>; search instead for <a href=\"/search?q=sevrpack&amp;verbatim=1\">", html, StringComparison.Ordinal);
        var verbatim = await Client.GetStringAsync("/search?q=sevrpack&verbatim=1");
        Assert.Contains("No articles found for <strong>sevrpack</strong>.", verbatim, StringComparison.Ordinal);
        Assert.Contains("Did you mean", verbatim, StringComparison.Ordinal);
        Assert.Contains("Nothing found: what to try", verbatim, StringComparison.Ordinal);
        var api = await Client.GetStringAsync("/api/search?q=sevrpack");
        Assert.Contains("\"showingResultsFor\":\"servpack\"", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_search_page_offers_ways_to_find_an_article()
    {
        Assert.Contains("Ways to find an article", await Client.GetStringAsync("/search"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_pages_and_filters_by_product()
    {
        var all = await GetJsonAsync("/api/search?q=event&top=100");
        var page2 = await GetJsonAsync("/api/search?q=event&top=3&skip=3");
        var sql = await GetJsonAsync("/api/search?q=event&top=100&product=Microsoft%20SQL%20Server");

        var ranked = all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(ranked.Skip(3).Take(3), page2.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.All(sql.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Microsoft SQL Server", h.GetProperty("product").GetString()));
        Assert.True(sql.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=%22unbalanced")]
    [InlineData("/api/search?q=((((")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=-")]
    public async Task Malformed_queries_are_answered_not_refused(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_answered()
    {
        var response = await Client.GetAsync("/api/search?q=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=mta&top=0")]
    [InlineData("/api/search?q=mta&top=1000")]
    [InlineData("/api/search?q=mta&skip=-1")]
    public async Task Bad_paging_is_a_400(string url)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_results_page_is_linkable_and_shows_count_facets_and_highlights()
    {
        var html = await Client.GetStringAsync("/search?q=association");

        Assert.Contains("class=\"result-count\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>association</mark>", html, StringComparison.OrdinalIgnoreCase);
        TextAssert.Contains(html, "href=\"/articles/Q152877\"", "/search?q=association&amp;product=Microsoft%20Exchange");
    }

    [Fact]
    public async Task Script_in_a_query_is_shown_as_text()
    {
        var html = await Client.GetStringAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q152877")]
    [InlineData("KB152877")]
    [InlineData("152877")]
    public async Task An_article_number_goes_straight_to_the_article(string query)
    {
        var response = await Client.GetAsync("/search?q=" + query);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.EndsWith("/articles/Q152877", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_event_id_is_listed_not_redirected()
    {
        var response = await Client.GetAsync("/search?q=1004");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_misspelling_searched_verbatim_offers_did_you_mean()
    {
        var html = await Client.GetStringAsync("/search?q=sevrpack&verbatim=1");

        TextAssert.Contains(html, "Did you mean", "/search?q=servpack");
    }

    [Fact]
    public async Task An_imported_article_is_searchable_at_once()
    {
        await ImportAsync(("new.md", "---\nid: Q800010\ntitle: Quokkafrobnicator stops\n---\nText.\n"));

        var result = await GetJsonAsync("/api/search?q=quokkafrobnicator");

        Assert.Equal("Q800010", result.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_page_has_one_search_box_the_slash_key_reaches()
    {
        // The home and search pages have their own box: the header's is left out there.
        foreach (var url in new[] { "/", "/browse", "/articles/Q152877", "/search", "/search?q=mta", "/match" })
        {
            var html = await Client.GetStringAsync(url);
            Assert.Equal((1, 1), (System.Text.RegularExpressions.Regex.Count(html, "role=\"search\""), System.Text.RegularExpressions.Regex.Count(html, "data-search-shortcut")));
        }
    }
}
