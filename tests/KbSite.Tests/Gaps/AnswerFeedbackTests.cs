using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KbSite.Accounts;
using KbSite.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Gaps;

/// <summary>"Did this answer it?" on article pages and match results, counted for the editors.</summary>
public sealed class AnswerFeedbackTests : SiteTest
{
    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient browser, string number, bool helped, bool withHeader = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(new { number, helped }) };
        if (withHeader)
        {
            request.Headers.Add(GapsApi.FeedbackHeader, "1");
        }

        return await browser.SendAsync(request);
    }

    [Fact]
    public async Task Each_browser_answers_once_a_day_per_article_and_editors_see_the_counts_least_helpful_first()
    {
        using var first = Site.CreateClient();
        using var second = Site.CreateClient();

        var no = await (await AnswerAsync(first, "Q152877", helped: false)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await AnswerAsync(first, "Q152877", helped: false)).Content.ReadFromJsonAsync<JsonElement>();
        var yes = await (await AnswerAsync(second, "Q152877", helped: true)).Content.ReadFromJsonAsync<JsonElement>();
        await AnswerAsync(second, "Q900112", helped: false);
        await AnswerAsync(first, "Q900112", helped: false);

        Assert.True(no.GetProperty("counted").GetBoolean());
        Assert.False(again.GetProperty("counted").GetBoolean());
        Assert.True(yes.GetProperty("counted").GetBoolean());

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("editor@kbsite.test", "Editor", "correct-horse-battery", KbRoles.Editor));
        }

        using var editor = await SignedInClient.CreateAsync(Site, "editor@kbsite.test", "correct-horse-battery");
        var page = await editor.GetStringAsync("/admin/gaps?kind=articles");
        var q900112 = page.IndexOf("/articles/Q900112", StringComparison.Ordinal);
        var q152877 = page.IndexOf("/articles/Q152877", StringComparison.Ordinal);
        Assert.True(q900112 > 0 && q152877 > q900112, "the article with two \"no\" comes first");
        var rows = await Site.Services.GetRequiredService<ArticleFeedbackLog>().LeastHelpfulAsync(DateOnly.MinValue, 1, 10);
        Assert.Equal([("Q900112", 0, 2), ("Q152877", 1, 1)], rows.Items.Select(r => (r.Number, r.Yes, r.No)));
    }

    [Fact]
    public async Task An_answer_without_the_header_for_an_unknown_article_unreadable_or_oversized_is_refused_and_counts_nothing()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(Client, "Q152877", helped: false, withHeader: false)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(Client, "Q404404", helped: false)).StatusCode);
        using var garbage = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        garbage.Headers.Add(GapsApi.FeedbackHeader, "1");
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(garbage)).StatusCode);
        using var huge = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(new { number = "Q152877", helped = false, padding = new string('x', 4000) }) };
        huge.Headers.Add(GapsApi.FeedbackHeader, "1");
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(huge)).StatusCode);

        var rows = await Site.Services.GetRequiredService<ArticleFeedbackLog>().LeastHelpfulAsync(DateOnly.MinValue, 1, 10);
        Assert.Equal(0, rows.Total);
    }

    [Fact]
    public async Task The_question_is_on_the_article_page_and_under_the_best_match()
    {
        Assert.Contains("data-feedback=\"Q152877\"", await Client.GetStringAsync("/articles/Q152877"), StringComparison.Ordinal);

        var form = await Client.GetAsync("/match");
        var html = await Client.GetStringAsync("/match?source=MSExchangeMTA");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("data-feedback=\"", html, StringComparison.Ordinal);
    }
}
