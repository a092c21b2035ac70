using System.Net;
using System.Text.Json;
using KbSite.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Hosting;

/// <summary>Paging past the end or beyond any sense: an empty page or a 400 that says why, fast, never a 500.</summary>
public sealed class PagingBoundsTests : SiteTest
{
    [Theory]
    [InlineData("/api/search?q=mta&skip=60000000", "skip must be a whole number from 0 to 1,000")]
    [InlineData("/api/search?q=mta&skip=2147483647", "skip must be")]
    [InlineData("/api/search?q=mta&skip=-1", "skip must be")]
    [InlineData("/api/search?q=mta&skip=abc", "\\\"abc\\\" is not")]
    [InlineData("/api/search?q=mta&top=1e9", "top must be a whole number from 1 to 100")]
    [InlineData("/api/articles?page=99999999999", "page must be")]
    [InlineData("/api/articles?page=abc", "page must be")]
    [InlineData("/api/articles?pageSize=1000", "pageSize must be a whole number from 1 to 100")]
    public async Task Bad_paging_is_a_400_problem_that_names_the_parameter(string url, string expected)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deepest_search_page_answers_with_the_count_and_no_hits()
    {
        var result = await GetJsonAsync("/api/search?q=mta&skip=1000&top=100");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, result.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task A_page_past_the_end_of_the_article_list_is_empty_and_keeps_its_number()
    {
        var page = await GetJsonAsync("/api/articles?page=2147483647&pageSize=100");

        Assert.Equal(2147483647, page.GetProperty("page").GetInt32());
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData("/browse/Microsoft%20Exchange?page=2147483647")]
    [InlineData("/search?q=mta&page=2147483647")]
    [InlineData("/search?q=mta&page=101")]
    public async Task Pages_past_the_end_are_pages_not_errors(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/articles/Q152877\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/browse/Microsoft%20Exchange?page=abc")]
    [InlineData("/search?q=association&page=abc")]
    [InlineData("/match?source=MSExchangeMTA&eventid=abc")]
    public async Task A_page_number_that_is_not_a_number_shows_the_first_page(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/articles/Q152877", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_list_pages_the_same_way()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("pager@kbsite.test", "P", "paging-secret-1", KbRoles.Editor));
        }

        using var editor = await SignedInClient.CreateAsync(Site, "pager@kbsite.test", "paging-secret-1");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/articles?page=2147483647")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/admin/articles?page=-5")).StatusCode);
        using var page = JsonDocument.Parse(await editor.GetStringAsync("/api/admin/articles?page=2147483647"));
        Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
    }
}
