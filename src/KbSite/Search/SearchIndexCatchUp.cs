namespace KbSite.Search;

/// <summary>When an index update failed, retries from the store every few seconds until the index is in step again.</summary>
internal sealed partial class SearchIndexCatchUp(SearchIndexSync sync, ILogger<SearchIndexCatchUp> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!sync.IsBehind)
            {
                continue;
            }

            try
            {
                await sync.CatchUpAsync(stoppingToken);
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
