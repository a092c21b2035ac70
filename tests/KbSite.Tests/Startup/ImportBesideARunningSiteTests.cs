using System.Text.Json;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KbSite.Startup;

/// <summary>The command-line import run against the data folder of a site that is serving: the site finds the articles.</summary>
public sealed class ImportBesideARunningSiteTests : IAsyncLifetime
{
    private readonly KbSiteFactory _site = new();
    private readonly TempDirectory _content = new();

    // The default feed poll (a second): what a site run from the README does.
    public Task InitializeAsync() => _site.ReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Articles_imported_by_the_command_are_searchable_on_the_site_within_seconds_through_the_change_feed()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var indexFiles = Directory.GetFiles(_site.DataDir + "/index").Length;
        _content.Write("one.md", "---\nid: Q810100\ntitle: Wombatquux relay stops\n---\nThe wombatquux relay stops.\n");

        var command = KbCommandLine.Parse(["import", _content.Path, .. _site.StoreArguments, $"--Kb:ContentDir={_content.Path}"])!;
        Assert.Equal(0, await command.RunAsync(TextReader.Null, TextWriter.Null, TextWriter.Null));

        // A second's poll plus applying; three seconds leaves room for a loaded test machine.
        var found = false;
        for (var attempt = 0; attempt < 15 && !found; attempt++)
        {
            using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=wombatquux"));
            found = answer.RootElement.GetProperty("total").GetInt32() == 1;
            if (!found)
            {
                await Task.Delay(200);
            }
        }

        Assert.True(found, "the site did not find the imported article within 3 seconds");
        Assert.True(indexFiles > 0);
    }
}
