using System.Net;
using System.Text.Json;
using KbSite.Hosting;

namespace KbSite.Articles;

public sealed class ArticlesApiTests : SiteTest
{
    [Theory]
    [InlineData("Q152877")]
    [InlineData("KB152877")]
    [InlineData("152877")]
    public async Task An_article_is_returned_structured_with_its_events(string id)
    {
        var a = await GetJsonAsync($"/api/articles/{id}");

        Assert.Equal("Q152877", a.GetProperty("id").GetString());
        Assert.Equal("Microsoft Exchange", a.GetProperty("product").GetString());
        Assert.Equal("confirmed-problem", a.GetProperty("status").GetProperty("kind").GetString());
        Assert.Equal("Microsoft Exchange Server 4.0 U.S. Service Pack 2", a.GetProperty("status").GetProperty("fixedIn").GetString());
        Assert.Equal("1999-03-28", a.GetProperty("published").GetString());
        var events = a.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal([1004, 1008, 1277, 1198], events.Select(e => e.GetProperty("eventId").GetInt32()));
        Assert.All(events, e =>
        {
            Assert.Equal("MSExchangeMTA", e.GetProperty("source").GetString());
            Assert.Equal("Error", e.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString()));
            Assert.Equal(["source", "eventId", "level", "message", "fromBody"], e.EnumerateObject().Select(p => p.Name));
            Assert.False(e.GetProperty("fromBody").GetBoolean());
        });
        Assert.Contains("error", a.GetProperty("queryWords").EnumerateArray().Select(w => w.GetString()));
    }

    [Theory]
    [InlineData("/api/articles/Q999999")]
    [InlineData("/api/articles/bogus")]
    public async Task Unknown_ids_get_a_404_problem(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_list_is_paged_and_counts_every_public_article()
    {
        var first = await GetJsonAsync("/api/articles?page=1&pageSize=5");
        var last = await GetJsonAsync("/api/articles?page=4&pageSize=5");

        var total = first.GetProperty("total").GetInt32();
        Assert.Equal(Directory.GetFiles(Fixture.ShippedContentDir, "*.md").Length, total);
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        Assert.Equal(total - 15, last.GetProperty("items").GetArrayLength());
        var ids = first.GetProperty("items").EnumerateArray().Concat(last.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_list_filters_by_product()
    {
        var page = await GetJsonAsync("/api/articles?product=Microsoft%20SQL%20Server&pageSize=100");

        var products = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("product").GetString()).ToList();
        Assert.NotEmpty(products);
        Assert.All(products, p => Assert.Equal("Microsoft SQL Server", p));
    }

    [Theory]
    [InlineData("/api/articles?pageSize=1000")]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?page=abc")]
    public async Task Bad_paging_is_a_400_not_an_error(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
