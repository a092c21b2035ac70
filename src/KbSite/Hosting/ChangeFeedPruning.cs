using KbSite.Articles.Store;
using Microsoft.Extensions.Options;

namespace KbSite.Hosting;

/// <summary>
/// Deletes change-feed rows older than Kb:Store:FeedRetentionDays, at start and then hourly. Every node may do it:
/// deleting old rows twice deletes nothing more. A failure is logged and tried again at the next hour.
/// </summary>
internal sealed partial class ChangeFeedPruning(
    ChangeFeed feed,
    TimeProvider clock,
    IOptions<StoreOptions> options,
    ILogger<ChangeFeedPruning> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.FeedRetentionDays);
                var pruned = await feed.PruneAsync(before, stoppingToken);
                if (pruned > 0)
                {
                    LogPruned(pruned, before);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPruneFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} change-feed rows written before {Before:u}")]
    private partial void LogPruned(int count, DateTime before);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning the change feed failed; trying again in an hour")]
    private partial void LogPruneFailed(Exception error);
}
