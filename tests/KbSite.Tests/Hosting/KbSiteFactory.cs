using KbSite.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Hosting;

/// <summary>The real site in memory, on its own temp data folder, seeded from the shipped content/.</summary>
public class KbSiteFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory? _data;

    /// <summary>A site on a fresh temp data folder, or on <paramref name="dataDir"/> (another site's, to restart it).</summary>
    public KbSiteFactory(string? dataDir = null)
    {
        _data = dataDir is null ? new TempDirectory() : null;
        DataDir = dataDir ?? _data!.Path;
    }

    public string DataDir { get; }

    /// <summary>The content folder the site seeds from; tests may point it elsewhere before the first request.</summary>
    public string ContentDir { get; set; } = Fixture.ShippedContentDir;

    /// <summary>More configuration ("Kb:Search:FeedPollMilliseconds" = "200"), set before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Kb:DataDir", DataDir);
        builder.UseSetting("Kb:ContentDir", ContentDir);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Waits until the store is migrated and seeded.</summary>
    public async Task<KbSiteFactory> ReadyAsync()
    {
        await Services.GetRequiredService<StoreReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        return this;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _data?.Dispose();
        }
    }
}
