using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KbSite.Startup;

/// <summary>The built site as a child process, broken under it on purpose: it must keep running and heal.</summary>
public sealed class SiteProcessTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _content = new();
    private Process? _site;
    private HttpClient? _client;

    public void Dispose()
    {
        Stop();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
        _content.Dispose();
    }

    private string IndexDir => Path.Combine(_data.Path, "index");

    private async Task<HttpClient> StartAsync()
    {
        var port = FreePort();
        _site = Process.Start(SiteProcess.StartInfo("--urls", $"http://127.0.0.1:{port}", $"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={Fixture.ShippedContentDir}", "--Kb:Search:FeedPollMilliseconds=200"))!;
        _site.OutputDataReceived += (_, _) => { };
        _site.ErrorDataReceived += (_, _) => { };
        _site.BeginOutputReadLine();
        _site.BeginErrorReadLine();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        Assert.True(await EventuallyAsync(async () => (await _client.GetAsync("/healthz")).IsSuccessStatusCode), "the site never became healthy");
        return _client;
    }

    private void Stop()
    {
        _client?.Dispose();
        if (_site is { HasExited: false })
        {
            _site.Kill(entireProcessTree: true);
            _site.WaitForExit(10_000);
        }

        _site?.Dispose();
        _site = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + query));
        return answer.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task A_site_process_whose_index_holds_garbage_starts_and_serves()
    {
        await StartAsync();
        Stop();
        foreach (var file in Directory.GetFiles(IndexDir).Where(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x13, 0x37]);
        }

        var client = await StartAsync();

        Assert.True(await TotalAsync(client, "association") > 0);
    }

    [Fact]
    public async Task A_site_process_survives_its_index_files_being_deleted_and_finds_a_later_import()
    {
        var client = await StartAsync();
        foreach (var file in Directory.GetFiles(IndexDir).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        _content.Write("late.md", "---\nid: Q850001\ntitle: Quollfrobber relay stops\n---\nThe quollfrobber relay stops.\n");
        var import = await SiteProcess.RunAsync(TimeSpan.FromMinutes(2), "import", _content.Path, $"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={_content.Path}");
        Assert.Equal(0, import.ExitCode);

        Assert.True(await EventuallyAsync(async () => await TotalAsync(client, "quollfrobber") == 1), "the import was never found");
        Assert.True(await TotalAsync(client, "association") > 0, "the rest of the index was not rebuilt");
        Assert.False(_site!.HasExited);
        Assert.True(await EventuallyAsync(async () => (await client.GetStringAsync("/healthz")).Contains("\"ready\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_hostile_markdown_body_imports_without_hanging_the_command()
    {
        var body = string.Concat(Enumerable.Repeat(new string(' ', 8000) + "-- x\n", 250)) + string.Concat(Enumerable.Range(0, 20_000).Select(i => new string(' ', (i % 20) * 2) + "- item\n"));
        _content.Write("hostile.md", "---\nid: Q850002\ntitle: Hostile body\n---\n" + body);

        // Before the fix this import ran for many minutes; the bound here only catches a hang.
        var import = await SiteProcess.RunAsync(TimeSpan.FromMinutes(2), "import", _content.Path, $"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={_content.Path}");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("1 created", import.Output, StringComparison.Ordinal);
    }
}
