using System.Net;
using KbSite.Hosting;
using Microsoft.Data.Sqlite;

namespace KbSite.Startup;

/// <summary>Files built to crash or stall an import: refused one by one, the rest imported, the process alive.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _content = new();

    public HostileContentTests()
    {
        _content.Write("nested.md", "---\nid: Q820001\ntitle: Nested\nkeywords: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nx\n");
        _content.Write("alias.md", "---\nid: Q820002\ntitle: Alias\ndisclaimer: &d " + new string('x', 100_000) + "\napplies-to: [" + string.Join(", ", Enumerable.Repeat("*d", 2000)) + "]\n---\nx\n");
        _content.Write("complex-key.md", "---\nid: Q820003\ntitle: Key\n? [a, b]\n: c\n---\nx\n");
        _content.Write("good.md", "---\nid: Q820004\ntitle: Good article\n---\nStill imported.\n");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task The_command_line_import_refuses_each_hostile_file_and_imports_the_rest_with_notes()
    {
        var outcome = await SiteProcess.RunAsync(TimeSpan.FromMinutes(2), "import", _content.Path, $"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={_content.Path}");

        Assert.Equal(1, outcome.ExitCode);
        TextAssert.Contains(outcome.Output, "2 created, 0 updated, 0 unchanged, 2 refused", "complex-key.md", "is not a plain word; it and its value were left out");
        TextAssert.Contains(outcome.Error, "refused nested.md: the front matter nests deeper", "refused alias.md: the front matter uses the YAML alias *d");
    }

    [Fact]
    public async Task A_site_seeded_from_a_folder_holding_them_starts_and_serves()
    {
        using var site = new KbSiteFactory { ContentDir = _content.Path };
        await site.ReadyAsync();
        using var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/Q820004")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/Q820001")).StatusCode);
    }
}
