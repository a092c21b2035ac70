using System.Net;
using KbSite.Content;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Articles;

public sealed class ArticlePagesTests : SiteTest
{
    [Fact]
    public async Task The_article_page_is_prerendered_with_its_four_events_in_the_table_folded_because_the_body_prints_them()
    {
        var response = await Client.GetAsync("/articles/Q152877");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("XCON: Unexpected event ID&#x27;s 1004, 1008, 1277, and 1198", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("<table class=\"event-table\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        foreach (var id in new[] { "1004", "1008", "1277", "1198" })
        {
            Assert.Contains($"<td data-label=\"Event ID\" class=\"event-id\"><a href=\"/search?q=MSExchangeMTA%20{id}\"", table, StringComparison.Ordinal);
        }

        Assert.Contains("<details class=\"article__events\">", html, StringComparison.Ordinal);

        Assert.Contains("MSExchangeMTA", table, StringComparison.Ordinal);
        TextAssert.Contains(
            html,
            "Microsoft Exchange Server 4.0 U.S. Service Pack 2",
            "Confirmed problem",
            "<h2 id=\"more-information\">More information</h2>");
    }

    [Fact]
    public async Task Query_words_link_to_their_search_and_internal_tags_are_not_shown_to_readers()
    {
        var html = await Client.GetStringAsync("/articles/Q152877");

        Assert.Contains("href=\"/search?q=mta\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("kbExchange400", html, StringComparison.Ordinal);
        Assert.DoesNotContain("kbusage", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/KB152877")]
    [InlineData("/articles/152877")]
    [InlineData("/articles/q152877")]
    public async Task Other_forms_of_the_number_redirect_to_the_canonical_address(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.Found or HttpStatusCode.MovedPermanently, $"got {response.StatusCode}");
        var location = response.Headers.Location!;
        Assert.Equal("/articles/Q152877", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
    }

    [Theory]
    [InlineData("/articles/Q999999")]
    [InlineData("/articles/not-a-number")]
    [InlineData("/no/such/page")]
    public async Task Unknown_articles_and_pages_get_a_404_page(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_lists_products_and_recent_articles()
    {
        var html = await Client.GetStringAsync("/");

        TextAssert.Contains(
            html,
            "action=\"/search\"",
            "href=\"/browse/Microsoft%20Exchange\"",
            "href=\"/browse/Microsoft%20SQL%20Server\"",
            "class=\"article-list\"");
    }

    [Fact]
    public async Task Browsing_a_product_and_version_lists_only_its_articles()
    {
        var html = await Client.GetStringAsync("/browse/Microsoft%20Exchange/4.0");

        TextAssert.Contains(html, "/articles/Q152877", "/articles/Q900111");
        Assert.DoesNotContain("/articles/Q900122", html, StringComparison.Ordinal); // Exchange 5.5 only
        Assert.DoesNotContain("/articles/Q900130", html, StringComparison.Ordinal); // SQL Server
    }

    [Fact]
    public async Task Drafts_are_not_shown_and_retired_articles_carry_a_banner()
    {
        await ImportAsync(
            ("draft.md", "---\nid: Q800001\ntitle: Draft only\nstate: draft\n---\nSecret.\n"),
            ("retired.md", "---\nid: Q800002\ntitle: Old news\nstate: retired\n---\nOld.\n"));

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/articles/Q800001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/articles/Q800001")).StatusCode);
        Assert.DoesNotContain("Q800001", await Client.GetStringAsync("/api/articles?pageSize=100"), StringComparison.Ordinal);
        var retired = await Client.GetStringAsync("/articles/Q800002");
        Assert.Contains("Retired article.", retired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_that_names_no_product_is_not_listed_as_a_product_without_a_name()
    {
        await ImportAsync(("plain.md", "---\nid: Q800004\ntitle: No product named\n---\nText.\n"));

        foreach (var url in new[] { "/", "/browse" })
        {
            Assert.DoesNotContain("href=\"/browse/\"", await Client.GetStringAsync(url), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/articles/Q800004")).StatusCode);
    }

    [Fact]
    public async Task Script_in_an_article_body_is_not_executed_on_the_page()
    {
        await ImportAsync(
            ("evil.md", "---\nid: Q800003\ntitle: Evil\n---\n<script>alert('x')</script>\n\n[link](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n"));

        var html = await Client.GetStringAsync("/articles/Q800003");
        var body = html[html.IndexOf("class=\"article__body\"", StringComparison.Ordinal)..];

        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_ready_once_the_store_is_seeded()
    {
        var response = await Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ready", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_assets_are_served_from_the_repository_web_root()
    {
        var html = await Client.GetStringAsync("/");
        var cssHref = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/?css/site[^\"]*\\.css)\"").Groups[1].Value;

        Assert.NotEmpty(cssHref);
        var css = await Client.GetAsync("/" + cssHref.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".event-table", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
