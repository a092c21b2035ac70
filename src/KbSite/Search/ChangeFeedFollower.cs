using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.Extensions.Options;

namespace KbSite.Search;

/// <summary>
/// Follows the change feed for this node: every Kb:Search:FeedPollMilliseconds, or at once when the store announces a
/// change, it applies new rows to the search index (rebuilding it first when it is damaged) and tells the other
/// listeners (the article page cache) of writes made by other processes and nodes. Nothing here can stop the process:
/// a store that cannot be reached is tried again at the next poll.
/// </summary>
internal sealed partial class ChangeFeedFollower(
    SearchIndex index,
    SearchIndexSync sync,
    ChangeFeed feed,
    ChangeFeedSignal signal,
    IEnumerable<IArticleChangeListener> listeners,
    IOptions<SearchOptions> options,
    ILogger<ChangeFeedFollower> logger) : BackgroundService
{
    private const int BatchSize = 1000;
    private readonly IArticleChangeListener[] _others = [.. listeners.Where(l => l != sync)];

    /// <summary>
    /// The feed position up to which the other listeners were told; they hold nothing from before the process started,
    /// so it starts at the feed's end (null until the store answers).
    /// </summary>
    private long? _told;

    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.FeedPollMilliseconds);
        // The site's start migrates the store and brings the index in step first.
        await sync.WhenInitialized.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(poll, stoppingToken);
            try
            {
                await FollowAsync(stoppingToken);
                if (_failing)
                {
                    _failing = false;
                    LogResumed();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One warning per outage, not one a second.
                if (!_failing)
                {
                    _failing = true;
                    LogFollowFailed(e);
                }
            }
        }
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        _told ??= await feed.LatestAsync(cancellationToken);
        if (index.NeedsRebuild)
        {
            await sync.RebuildIfNeededAsync(cancellationToken);
        }

        await sync.ApplyFeedAsync(cancellationToken);
        while (true)
        {
            var rows = await feed.ReadAfterAsync(_told.Value, BatchSize, cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }

            var numbers = rows.Select(r => r.Number).Distinct(StringComparer.Ordinal).ToList();
            foreach (var listener in _others)
            {
                await listener.ArticlesChangedAsync(numbers, cancellationToken);
            }

            _told = rows[^1].Sequence;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following the change feed failed (is the store reachable?); retrying at every poll")]
    private partial void LogFollowFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Following the change feed works again")]
    private partial void LogResumed();
}
