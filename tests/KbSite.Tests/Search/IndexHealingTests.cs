using System.Net;
using System.Text.Json;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Search;

/// <summary>The index broken under the site, at start and while it serves: the site starts, answers, and heals.</summary>
public sealed class IndexHealingTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private string IndexDir => Path.Combine(_data.Path, "index");

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + query));
        return answer.RootElement.GetProperty("total").GetInt32();
    }

    private void Garble(Func<string, bool> which)
    {
        foreach (var file in Directory.GetFiles(IndexDir).Where(f => which(Path.GetFileName(f))))
        {
            var bytes = new byte[Math.Max(16, new FileInfo(file).Length)];
            new Random(3).NextBytes(bytes);
            File.WriteAllBytes(file, bytes);
        }
    }

    private static async Task<HttpResponseMessage> EventuallyAsync(Func<Task<HttpResponseMessage>> request, Func<HttpResponseMessage, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await request();
            if (done(response) || attempt == 100)
            {
                return response;
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_site_whose_index_holds_garbage_starts_and_rebuilds_it()
    {
        using (var first = new KbSiteFactory(_data.Path))
        {
            await first.ReadyAsync();
        }

        Garble(name => name.StartsWith("segments_", StringComparison.Ordinal));

        using var site = new KbSiteFactory(_data.Path);
        await site.ReadyAsync();
        using var client = site.CreateClient();

        Assert.True(await TotalAsync(client, "association") > 0);
    }

    [Fact]
    public async Task A_site_whose_index_is_damaged_while_serving_answers_503_then_heals_by_itself()
    {
        using var site = new KbSiteFactory(_data.Path);
        await site.ReadyAsync();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Task<HttpResponseMessage> Paste() => client.PostAsync("/api/match", new StringContent(SamplePastes.Event1277FromEventViewer));
        Assert.Equal(HttpStatusCode.OK, (await Paste()).StatusCode);

        Garble(name => !name.StartsWith("write.lock", StringComparison.Ordinal) && !name.StartsWith("segments", StringComparison.Ordinal));
        var during = await Paste();

        Assert.True(during.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {during.StatusCode}");
        if (during.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
            Assert.Contains("rebuilt", await during.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotNull(during.Headers.RetryAfter);
        }

        var healed = await EventuallyAsync(Paste, r => r.StatusCode == HttpStatusCode.OK && r.Content.ReadAsStringAsync().Result.Contains("Q152877", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, healed.StatusCode);
        var health = await EventuallyAsync(() => client.GetAsync("/healthz"), r => r.Content.ReadAsStringAsync().Result.Contains("\"ready\"", StringComparison.Ordinal));
        Assert.Contains("\"ready\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_files_deleted_under_a_running_site_are_rebuilt_without_a_restart()
    {
        using var site = new KbSiteFactory(_data.Path);
        await site.ReadyAsync();
        using var client = site.CreateClient();
        Assert.True(await TotalAsync(client, "association") > 0);

        foreach (var file in Directory.GetFiles(IndexDir).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        // A write makes the index notice; then the search must work again from a rebuilt index.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KbSite.Editing.ArticleImport>().ImportFilesAsync(
                [new KbSite.Content.ContentFile("n.md", "---\nid: Q840001\ntitle: Numbatfrobber stops\n---\nText.\n"u8.ToArray())], "test");
        }

        var found = await EventuallyAsync(() => client.GetAsync("/api/search?q=numbatfrobber"), r => r.IsSuccessStatusCode && r.Content.ReadAsStringAsync().Result.Contains("Q840001", StringComparison.Ordinal));
        Assert.Contains("Q840001", await found.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await TotalAsync(client, "association") > 0);
        Assert.Contains(Directory.GetFiles(IndexDir), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
    }
}
