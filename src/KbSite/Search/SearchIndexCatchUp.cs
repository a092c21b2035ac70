namespace KbSite.Search;

/// <summary>
/// Keeps the index in step with writes it did not see: after a failed update it retries every few seconds, and every
/// half minute it checks the store for changes made by another process (the command-line import).
/// </summary>
internal sealed partial class SearchIndexCatchUp(SearchIndexSync sync, ILogger<SearchIndexCatchUp> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private const int TicksBetweenStoreChecks = 6;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var tick = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var storeCheck = ++tick % TicksBetweenStoreChecks == 0;
                if (sync.IsBehind || (storeCheck && await sync.StoreChangedSinceSyncAsync(stoppingToken)))
                {
                    await sync.CatchUpAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCatchUpFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching the search index up failed; retrying")]
    private partial void LogCatchUpFailed(Exception error);
}
