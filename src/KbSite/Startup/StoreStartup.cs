using KbSite.Accounts;
using KbSite.Articles.Store;
using KbSite.Editing;
using KbSite.Hosting;
using KbSite.Search;
using Microsoft.Extensions.Options;

namespace KbSite.Startup;

/// <summary>
/// Migrates the store and readies the key ring before the server takes requests; then, in the background so that a large store does not hold up
/// startup, brings the search index in step (rebuilding it if needed) and seeds an empty store from the content
/// folder. /healthz reports when all of that is done.
/// </summary>
internal sealed partial class StoreStartup(
    StoreMigrator migrator,
    SearchIndexSync searchSync,
    AdminSeeder adminSeeder,
    ContentSeeder contentSeeder,
    StoreReadiness readiness,
    KeyRingStartup keyRing,
    IOptions<KbOptions> options,
    ILogger<StoreStartup> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await keyRing.EnsureAsync(cancellationToken);
        await adminSeeder.SeedAsync();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await searchSync.InitializeAsync(stoppingToken);
            await contentSeeder.SeedIfEmptyAsync(options.Value.ContentDir, stoppingToken);
            readiness.MarkReady();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSeedFailed(e);
            readiness.MarkFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding the store failed")]
    private partial void LogSeedFailed(Exception error);
}

public static class StartupServiceCollectionExtensions
{
    /// <summary>The site's start: migrate, seed the administrator, then in the background bring the index in step and seed content; prune the change feed hourly.</summary>
    public static IServiceCollection AddKbStartup(this IServiceCollection services)
    {
        services.AddSingleton<StoreReadiness>();
        services.AddHostedService<StoreStartup>();
        services.AddHostedService<ChangeFeedPruning>();
        return services;
    }
}
