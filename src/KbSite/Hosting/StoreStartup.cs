using KbSite.Store;
using Microsoft.Extensions.Options;

namespace KbSite.Hosting;

/// <summary>
/// Migrates the store before the server takes requests, then seeds an empty store from the content folder in the
/// background so that a large content folder does not hold up startup; /healthz reports when that is done.
/// </summary>
internal sealed partial class StoreStartup(
    StoreInitializer initializer,
    StoreReadiness readiness,
    IOptions<KbOptions> options,
    ILogger<StoreStartup> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.MigrateAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
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
