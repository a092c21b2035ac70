using System.Net;
using System.Text;
using KbSite.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Hosting;

/// <summary>Small leaks found by probing: each answered as a reader or a client would expect.</summary>
public sealed class LeftoversTests : SiteTest
{
    [Fact]
    public async Task A_deleted_article_number_is_answered_as_a_missing_one_not_redirected_to()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/search?q=Q900161")).StatusCode);
        await Site.Services.GetRequiredService<ArticleWriter>().DeleteAsync("Q900161", "admin");

        var search = await Client.GetAsync("/search?q=Q900161");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.DoesNotContain("/articles/Q900161", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": \"\\ud800 Event ID 1004\"}")]
    [InlineData("{\"text\": \"MSExchangeMTA Event ID 1004 \\udc00\"}")]
    public async Task A_paste_with_a_lone_surrogate_is_a_400_not_a_500(string json)
    {
        var response = await Client.PostAsync("/api/match", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
