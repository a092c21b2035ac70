using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KbSite.Accounts;
using KbSite.Articles;
using KbSite.Editing;
using KbSite.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Gaps;

/// <summary>What readers did not find, from their request to the editors' gaps list and back.</summary>
public sealed class GapsTests : SiteTest
{
    private const string Editor = "editor@kbsite.test";
    private const string Password = "correct-horse-battery";
    private static string Paste(string server, string queue) =>
        $"Source: WombatRelay\nEvent ID: 4711\nLevel: Error\nDescription:\nThe wombat relay on server {server} stopped because queue {queue} is full.";

    private async Task<HttpClient> EditorAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(Editor, "Gap editor", Password, KbRoles.Editor));
        return await SignedInClient.CreateAsync(Site, Editor, Password);
    }

    /// <summary>The gaps the API lists once the background writer has caught up with <paramref name="done"/>.</summary>
    private static async Task<JsonElement> GapsWhenAsync(HttpClient editor, string kind, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await editor.GetFromJsonAsync<JsonElement>($"/api/admin/gaps?kind={kind}");
            if (done(page) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task An_event_pasted_three_times_that_no_article_explains_is_listed_once_with_its_values_masked_until_an_article_answers_it()
    {
        using var editor = await EditorAsync();
        foreach (var (server, queue) in new[] { ("MAIL07", "17"), ("HUB3", "2"), ("GW11", "940") })
        {
            var answer = await Client.PostAsJsonAsync("/api/match", new { text = Paste(server, queue) });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var page = await GapsWhenAsync(editor, "paste", p => p.GetProperty("items").EnumerateArray().Any(g => g.GetProperty("count").GetInt32() == 3));
        var gap = page.GetProperty("items").EnumerateArray().Single(g => g.GetProperty("eventId").GetInt32() == 4711);
        Assert.Equal(3, gap.GetProperty("count").GetInt32());
        Assert.Equal("WombatRelay", gap.GetProperty("source").GetString());
        Assert.Equal("The wombat relay on server %1 stopped because queue %2 is full.", gap.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("answeredBy").ValueKind);
        var write = gap.GetProperty("writeArticleUrl").GetString()!;
        Assert.StartsWith("/admin/articles/new?title=WombatRelay%20event%204711", write, StringComparison.Ordinal);

        // The editor opens pre-filled with the event row.
        var form = await editor.GetStringAsync(write);
        Assert.Contains("value=\"WombatRelay\"", form, StringComparison.Ordinal);
        Assert.Contains("The wombat relay on server %1 stopped because queue %2 is full.", form, StringComparison.Ordinal);

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ArticleEditor>().CreateAsync(new Article
            {
                Number = "Q990002",
                Title = "The wombat relay stops",
                Body = "The wombat relay stops when a queue is full.",
                State = ArticleState.Published,
                Events = [EventSignature.At(0, "WombatRelay", 4711, "Error", "The wombat relay on server %1 stopped because queue %2 is full.")],
            }, Editor, "answers the gap");
            Assert.True(created.Saved);
        }

        var answered = (await editor.GetFromJsonAsync<JsonElement>("/api/admin/gaps?kind=paste")).GetProperty("items").EnumerateArray().Single(g => g.GetProperty("eventId").GetInt32() == 4711);
        Assert.Equal("Q990002", answered.GetProperty("answeredBy").GetString());
        Assert.Contains("Answered by", await editor.GetStringAsync("/admin/gaps?kind=paste"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_is_listed_and_a_dismissed_one_comes_back_only_when_searched_again()
    {
        using var editor = await EditorAsync();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/search?q=Zorbulax%20Frobnitz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/search?q=zorbulax++frobnitz")).StatusCode);

        var page = await GapsWhenAsync(editor, "search", p => p.GetProperty("items").EnumerateArray().Any(g => g.GetProperty("count").GetInt32() == 2));
        var gap = page.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("zorbulax frobnitz", 2), (gap.GetProperty("text").GetString(), gap.GetProperty("count").GetInt32()));

        // Dismissed through the page's form (antiforgery token and all).
        var html = await editor.GetStringAsync("/admin/gaps?kind=search");
        var dismissed = await editor.PostAsync("/admin/gaps/dismiss", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(html),
            ["kind"] = "search",
            ["id"] = gap.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "a test word",
        }));
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal(0, (await editor.GetFromJsonAsync<JsonElement>("/api/admin/gaps?kind=search")).GetProperty("total").GetInt32());

        await Task.Delay(20); // searched again strictly after the dismissal
        await Client.GetAsync("/api/search?q=zorbulax%20frobnitz");
        page = await GapsWhenAsync(editor, "search", p => p.GetProperty("total").GetInt32() == 1);
        Assert.Equal(3, page.GetProperty("items")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Results_left_unopened_are_recorded_like_a_search_that_found_nothing_and_bad_reports_are_refused()
    {
        using var editor = await EditorAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsJsonAsync("/api/search/abandoned", new { q = "Exchange  MTA" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/search/abandoned", new { q = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/search/abandoned", new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/search/abandoned", new { q = new string('x', 5000) })).StatusCode);

        var page = await GapsWhenAsync(editor, "search", p => p.GetProperty("total").GetInt32() > 0);
        Assert.Equal(["exchange mta"], page.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Only_editors_see_the_gaps_and_a_forged_dismissal_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/admin/gaps")).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await Client.GetAsync("/admin/gaps")).StatusCode);

        using var editor = await EditorAsync();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/gaps")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/admin/gaps?kind=everything")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/admin/gaps?since=yesterday-ish")).StatusCode);
        var forged = await editor.PostAsync("/admin/gaps/dismiss", new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "paste", ["id"] = "1", ["reason"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
