using KbSite.Articles;
using Microsoft.Extensions.Options;

namespace KbSite.Search;

/// <summary>
/// Keeps the index in step with writes it did not see, and heals it: an index found damaged is rebuilt from the store
/// within a second; after a failed update it retries every few seconds; and every Kb:Search:StoreCheckSeconds it checks
/// the store for changes made by another process (the command-line import), and tells the other listeners of them too
/// (the article page cache). Nothing here can stop the process.
/// </summary>
internal sealed partial class SearchIndexCatchUp(
    SearchIndex index,
    SearchIndexSync sync,
    IEnumerable<IArticleChangeListener> listeners,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexCatchUp> logger) : BackgroundService
{
    private const int RetrySeconds = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var storeCheckSeconds = options.Value.StoreCheckSeconds;
        var seconds = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                seconds++;
                if (index.NeedsRebuild && await sync.RebuildIfNeededAsync(stoppingToken))
                {
                    continue;
                }

                var retry = sync.IsBehind && seconds % RetrySeconds == 0;
                if (retry || (seconds % storeCheckSeconds == 0 && await sync.StoreChangedSinceSyncAsync(stoppingToken)))
                {
                    var changed = await sync.CatchUpAsync(stoppingToken);
                    foreach (var listener in listeners.Where(l => l != sync && changed.Count > 0))
                    {
                        await listener.ArticlesChangedAsync(changed, stoppingToken);
                    }
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
