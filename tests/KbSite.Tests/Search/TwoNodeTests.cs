using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KbSite.Accounts;
using KbSite.Articles;
using KbSite.Editing;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Search;

/// <summary>
/// Two nodes of one site (two hosts in this process, each with its own index folder) on one PostgreSQL database:
/// what one writes, the other finds, through the change feed.
/// </summary>
public sealed class TwoNodeTests
{
    private const string Editor = "editor@kbsite.test";
    private const string Password = "correct-horse-battery";

    /// <summary>What the issue asks of a write on one node: found on the other within two seconds.</summary>
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private static Article Sample(string number, string word, string server = "ALPHA") => new()
    {
        Number = number,
        Title = $"The {word} relay stops",
        Summary = $"Why the {word} relay stops.",
        Body = $"The {word} relay stops when its queue is full.",
        State = ArticleState.Published,
        Events = [EventSignature.At(0, "QuokkaRelay", 4711, "Error", $"The {word} relay on server {server} stopped because queue Q7 is full.")],
    };

    private static async Task<SaveResult> CreateAsync(KbSiteFactory node, Article article)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleEditor>().CreateAsync(article, Editor, "test");
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(KbSiteFactory node, string query)
    {
        using var client = node.CreateClient();
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return [.. answer.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }

    private static async Task<string?> BestMatchAsync(KbSiteFactory node, string paste)
    {
        using var client = node.CreateClient();
        using var answer = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/match", new { text = paste })).Content.ReadAsStringAsync());
        var matches = answer.RootElement.GetProperty("matches");
        return matches.GetArrayLength() == 0 ? null : matches[0].GetProperty("id").GetString();
    }

    /// <summary>Polls every 50 ms; returns how long it took, or null when it never held within <paramref name="limit"/>.</summary>
    private static async Task<TimeSpan?> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            await Task.Delay(50);
        }

        return await condition() ? clock.Elapsed : null;
    }

    [PostgresFact]
    public async Task An_article_saved_on_one_node_is_found_by_search_and_matching_on_the_other_within_two_seconds_by_notification()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using var a = await db.Node().ReadyAsync();
        using var b = db.Node();
        // B polls the feed only once a minute: finding the write within two seconds takes PostgreSQL's notification.
        b.Settings["Kb:Search:FeedPollMilliseconds"] = "60000";
        await b.ReadyAsync();
        Assert.Empty(await SearchAsync(b, "quokkafrob"));

        Assert.True((await CreateAsync(a, Sample("Q8100001", "quokkafrob"))).Saved);

        Assert.NotNull(await WithinAsync(Within, async () => (await SearchAsync(b, "quokkafrob")).Contains("Q8100001")));
        var paste = "Source: QuokkaRelay\nEvent ID: 4711\nLevel: Error\nDescription:\nThe quokkafrob relay on server BETA stopped because queue Q7 is full.";
        Assert.Equal("Q8100001", await BestMatchAsync(b, paste));
    }

    [PostgresFact]
    public async Task An_import_a_retire_and_a_delete_on_one_node_reach_the_other()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using var a = await db.Node().ReadyAsync();
        using var b = await db.Node().ReadyAsync();
        var files = Enumerable.Range(1, 3).Select(i => new KbSite.Content.ContentFile($"w{i}.md",
            System.Text.Encoding.UTF8.GetBytes($"---\nid: Q81002{i:00}\ntitle: Wallabyzot part {i}\n---\nThe wallabyzot service, part {i}.\n"))).ToList();

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ArticleImport>().ImportFilesAsync(files, Editor);
            Assert.Equal(3, report.Created.Count);
        }

        Assert.NotNull(await WithinAsync(Within, async () => (await SearchAsync(b, "wallabyzot")).Count == 3));

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
            var first = (await editor.LoadAsync("Q8100201"))!;
            Assert.True((await editor.SetStateAsync("Q8100201", ArticleState.Retired, first.Version, Editor)).Saved);
            var second = (await editor.LoadAsync("Q8100202"))!;
            Assert.True((await editor.DeleteAsync("Q8100202", second.Version, Editor)).Saved);
        }

        Assert.NotNull(await WithinAsync(Within, async () => (await SearchAsync(b, "wallabyzot")).Order(StringComparer.Ordinal).SequenceEqual(["Q8100201", "Q8100203"])));
        using var client = b.CreateClient();
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=wallabyzot"));
        var retired = answer.RootElement.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "Q8100201");
        Assert.Equal("retired", retired.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/Q8100202")).StatusCode);
    }

    [PostgresFact]
    public async Task A_node_stopped_while_the_other_writes_catches_up_when_it_starts_and_one_whose_index_was_deleted_rebuilds_it()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using var bData = new TempDirectory();
        using var a = await db.Node().ReadyAsync();
        using (var b = await db.Node(bData.Path).ReadyAsync())
        {
            Assert.Empty(await SearchAsync(b, "bilbywump"));
        }

        // B is stopped: A writes.
        Assert.True((await CreateAsync(a, Sample("Q8100301", "bilbywump"))).Saved);
        using (var b = await db.Node(bData.Path).ReadyAsync())
        {
            Assert.Equal(["Q8100301"], await SearchAsync(b, "bilbywump"));
            Assert.Contains("\"lag\":0", await b.CreateClient().GetStringAsync("/healthz"), StringComparison.Ordinal);
        }

        // B is stopped again and its index is lost: it rebuilds from the store.
        Directory.Delete(Path.Combine(bData.Path, "index"), recursive: true);
        Assert.True((await CreateAsync(a, Sample("Q8100302", "bilbywump"))).Saved);
        using (var b = await db.Node(bData.Path).ReadyAsync())
        {
            Assert.Equal(["Q8100301", "Q8100302"], (await SearchAsync(b, "bilbywump")).Order(StringComparer.Ordinal));
        }
    }

    [PostgresFact]
    public async Task The_same_article_saved_on_both_nodes_at_once_is_saved_once_and_the_other_save_is_refused_with_the_winners_change()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using var a = await db.Node().ReadyAsync();
        using var b = await db.Node().ReadyAsync();
        Assert.True((await CreateAsync(a, Sample("Q8100401", "numbatzap"))).Saved);

        static async Task<SaveResult> SaveOnAsync(KbSiteFactory node, string text)
        {
            await using var scope = node.Services.CreateAsyncScope();
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
            var article = (await editor.LoadAsync("Q8100401"))!;
            article.Body = text;
            return await editor.SaveAsync(article, expectedVersion: 1, Editor, "both");
        }

        var results = await Task.WhenAll(SaveOnAsync(a, "Saved on node A."), SaveOnAsync(b, "Saved on node B."));

        Assert.Single(results, r => r.Saved);
        var refused = Assert.Single(results, r => !r.Saved);
        Assert.NotNull(refused.Conflict);
        var stored = await db.ScalarAsync<string>("SELECT \"Body\" FROM \"Articles\" WHERE \"Number\" = 'Q8100401'");
        Assert.Equal(refused.Conflict.Current.Body, stored);
        Assert.Contains(refused.Conflict.Diff, line => line.Text.Contains(stored!, StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task A_sign_in_and_its_antiforgery_token_from_one_node_work_on_the_other()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using var a = await db.Node().ReadyAsync();
        using var b = await db.Node().ReadyAsync();
        await using (var scope = a.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(Editor, "Editor on two nodes", Password, KbRoles.Editor));
        }

        // The sign-in form comes from A, is posted to B; the cookie B sets is then used on A.
        using var toA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var toB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await toA.GetAsync("/account/login");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
                ["Input.Email"] = Editor,
                ["Input.Password"] = Password,
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        var signedIn = await toB.SendAsync(post);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/admin/articles");
        page.Headers.Add("Cookie", Cookies(form) + "; " + Cookies(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await toA.SendAsync(page)).StatusCode);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);
}
