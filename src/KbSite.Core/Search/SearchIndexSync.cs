using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KbSite.Search;

/// <summary>
/// Keeps the search index in step with the store, which stays the source of truth, by applying the change feed
/// (<see cref="ChangeFeed"/>) in order: every write, whichever process or node made it, appends to the feed, and the
/// index records the last sequence it applied in its commit data. At start the index catches up from there, or is
/// rebuilt from the store when it is missing, unreadable, of an older analysis, or behind what the feed still holds.
/// When applying fails, the store write stands and the next call applies the same rows again.
/// </summary>
public sealed partial class SearchIndexSync(
    SearchIndex index,
    IDbContextFactory<KbDbContext> dbFactory,
    ILogger<SearchIndexSync> logger) : IArticleChangeListener, IDisposable
{
    private const int BatchSize = 1000;
    private static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(2);

    private readonly ChangeFeed _feed = new(dbFactory);
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly TaskCompletionSource _initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _behind;

    /// <summary>Completes when <see cref="InitializeAsync"/> has run (whether or not it succeeded): following the feed starts then.</summary>
    public Task WhenInitialized => _initialized.Task;

    /// <summary>True after applying the feed failed; the next <see cref="ApplyFeedAsync"/> tries again.</summary>
    public bool IsBehind => _behind;

    /// <summary>
    /// Rebuilds the index when it was missing, unreadable, of an older analysis, damaged, or behind the feed's
    /// retention; otherwise applies what the feed holds after the index's position.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!index.NeedsRebuild && await _feed.PrunedAfterAsync(index.AppliedSequence, cancellationToken).ConfigureAwait(false))
            {
                index.RequireRebuild($"the change feed no longer holds the changes after sequence {index.AppliedSequence} (pruned)");
            }

            if (!await RebuildIfNeededAsync(cancellationToken).ConfigureAwait(false))
            {
                await ApplyFeedAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _initialized.TrySetResult();
        }
    }

    /// <summary>Rebuilds the index from the store when it needs it (once, however many ask at the same moment); true when it did.</summary>
    public async Task<bool> RebuildIfNeededAsync(CancellationToken cancellationToken)
    {
        await _rebuilding.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!index.NeedsRebuild)
            {
                return false;
            }

            LogRebuilding(index.RebuildReason);
            // Nothing applies the feed meanwhile: the rebuild sets the position itself.
            await _applying.WaitAsync(cancellationToken).ConfigureAwait(false);
            int count;
            try
            {
                count = Rebuild();
            }
            finally
            {
                _applying.Release();
            }

            LogRebuilt(count);
            return true;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose()
    {
        _rebuilding.Dispose();
        _applying.Dispose();
    }

    /// <summary>Replaces the index with every searchable article of the store; returns how many were indexed.</summary>
    public int Rebuild()
    {
        // The feed's position is read before the articles: a write committed meanwhile is applied again afterwards,
        // which changes nothing if the rebuild already read it.
        var position = _feed.Latest();
        index.Rebuild(LoadBatches(), position);
        _behind = false;
        return index.DocumentCount;
    }

    /// <summary>
    /// Applies every feed row after the index's position, in order (one caller at a time): each named article is read
    /// from the store and re-indexed, or removed when it is no longer public or gone. Returns the numbers applied.
    /// </summary>
    public Task<IReadOnlyList<string>> ApplyFeedAsync(CancellationToken cancellationToken) =>
        ApplyFeedAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    private async Task<IReadOnlyList<string>> ApplyFeedAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _applying.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        try
        {
            var applied = new List<string>();
            while (true)
            {
                var rows = await _feed.ReadAfterAsync(index.AppliedSequence, BatchSize, cancellationToken).ConfigureAwait(false);
                if (rows.Count == 0)
                {
                    break;
                }

                var numbers = rows.Select(r => r.Number).Distinct(StringComparer.Ordinal).ToList();
                await UpsertAsync(numbers, cancellationToken).ConfigureAwait(false);
                index.MarkApplied(rows[^1].Sequence);
                applied.AddRange(numbers);
            }

            _behind = false;
            return applied;
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>How far the index is behind the feed (the latest sequence minus the applied one), for /healthz.</summary>
    public async Task<IndexLag> LagAsync(CancellationToken cancellationToken)
    {
        var latest = await _feed.LatestAsync(cancellationToken).ConfigureAwait(false);
        return new IndexLag(index.AppliedSequence, latest);
    }

    /// <summary>
    /// A write by this process: the index applies the feed (this write and any before it) before the writer returns,
    /// so an editor finds the change at once. While a rebuild or a long apply (another node's import) holds the feed,
    /// the writer does not wait for it beyond a moment: the follower applies the write within a second.
    /// </summary>
    public async Task ArticlesChangedAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        try
        {
            await ApplyFeedAsync(WriterWait, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store write stands; the feed is applied again shortly.
            _behind = true;
            LogUpdateFailed(e, numbers.Count);
        }
    }

    private async Task UpsertAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        foreach (var chunk in numbers.Chunk(BatchSize))
        {
            List<Article> articles;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
            {
                articles = await db.Articles.AsNoTracking().Include(a => a.Events)
                    .Where(a => chunk.Contains(a.Number))
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            index.Upsert(articles);
            var missing = chunk.Except(articles.Select(a => a.Number), StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                index.Delete(missing);
            }
        }
    }

    /// <summary>The store's articles in batches of consecutive ids, read synchronously for the parallel indexer.</summary>
    private IEnumerable<IReadOnlyList<Article>> LoadBatches()
    {
        var lastId = 0;
        while (true)
        {
            List<Article> batch;
            using (var db = dbFactory.CreateDbContext())
            {
                batch = db.Articles.AsNoTracking().Include(a => a.Events)
                    .Where(a => a.Id > lastId)
                    .OrderBy(a => a.Id)
                    .Take(BatchSize)
                    .ToList();
            }

            if (batch.Count == 0)
            {
                yield break;
            }

            lastId = batch[^1].Id;
            yield return batch;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the search index: {Reason}")]
    private partial void LogRebuilding(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Count} articles")]
    private partial void LogRebuilt(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the change feed to the search index failed after a write of {Count} articles; it is tried again shortly")]
    private partial void LogUpdateFailed(Exception error, int count);
}

/// <summary>The feed sequence a node's index has applied and the newest in the store: the lag is their difference.</summary>
public sealed record IndexLag(long Applied, long Latest)
{
    public long Behind => Math.Max(0, Latest - Applied);
}
