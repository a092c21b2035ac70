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
    private PostgresDatabase? _pg;

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
        // KB_TEST_ALL_ON_POSTGRES=1 (with KB_TEST_POSTGRES) puts every site of the suite on a PostgreSQL database of its own.
        if (Environment.GetEnvironmentVariable("KB_TEST_ALL_ON_POSTGRES") == "1" && !Settings.ContainsKey("Kb:Store:Provider"))
        {
            _pg ??= PostgresDatabase.CreateAsync().GetAwaiter().GetResult();
            builder.UseSetting("Kb:Store:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Kb", _pg.ConnectionString);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The command-line options that point a KbSite command at this site's store.</summary>
    public string[] StoreArguments => _pg is null ? [$"--Kb:DataDir={DataDir}"]
        : [$"--Kb:DataDir={DataDir}", "--Kb:Store:Provider=Postgres", $"--ConnectionStrings:Kb={_pg.ConnectionString}"];

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
            _pg?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
