using KbSite.Accounts;
using KbSite.Search;
using KbSite.Store;
using Microsoft.Extensions.Options;

namespace KbSite.Hosting;

/// <summary>
/// Migrates the store before the server takes requests; then, in the background so that a large store does not hold up
/// startup, brings the search index in step (rebuilding it if needed) and seeds an empty store from the content
/// folder. /healthz reports when all of that is done.
/// </summary>
internal sealed partial class StoreStartup(
    StoreInitializer initializer,
    SearchIndexSync searchSync,
    AdminSeeder adminSeeder,
    StoreReadiness readiness,
    IOptions<KbOptions> options,
    ILogger<StoreStartup> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.MigrateAsync(cancellationToken);
        await adminSeeder.SeedAsync();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await searchSync.InitializeAsync(stoppingToken);
            await initializer.SeedIfEmptyAsync(options.Value.ContentDir, stoppingToken);
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
