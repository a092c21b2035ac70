using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KbSite.Search;

/// <summary>
/// Keeps the search index in step with the store, which stays the source of truth: rebuilds the index when it cannot
/// be used, catches up at startup, and updates it whenever articles change. When an update fails, the store write
/// stands and the next catch-up (see <see cref="CatchUpAsync"/>) repairs the index.
/// </summary>
public sealed partial class SearchIndexSync(
    SearchIndex index,
    IDbContextFactory<KbDbContext> dbFactory,
    TimeProvider clock,
    ILogger<SearchIndexSync> logger) : IArticleChangeListener, IDisposable
{
    private const int BatchSize = 1000;

    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile bool _behind;

    /// <summary>True after an update failed; the index is repaired by the next <see cref="CatchUpAsync"/>.</summary>
    public bool IsBehind => _behind;

    /// <summary>Rebuilds the index when it was missing, unreadable, of an older analysis or damaged; otherwise catches up.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!await RebuildIfNeededAsync(cancellationToken).ConfigureAwait(false))
        {
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
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
            var count = Rebuild();
            LogRebuilt(count);
            return true;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose() => _rebuilding.Dispose();

    /// <summary>Replaces the index with every searchable article of the store; returns how many were indexed.</summary>
    public int Rebuild()
    {
        var started = clock.GetUtcNow().UtcDateTime;
        index.Rebuild(LoadBatches(), started);
        _behind = false;
        return index.DocumentCount;
    }

    /// <summary>
    /// Brings the index in step with the store: articles changed since the last sync are re-indexed, articles that are
    /// no longer public are removed, public articles missing from the index are added.
    /// </summary>
    /// <returns>The numbers of the articles it re-indexed or removed.</returns>
    public async Task<IReadOnlyList<string>> CatchUpAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        // A little slack: a write committed just before the stamp was taken must not be missed.
        var since = index.SyncedUtc.AddSeconds(-5);
        List<(string Number, DateTime Updated, bool Searchable)> rows;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            rows = (await db.Articles.AsNoTracking()
                .Select(a => new { a.Number, a.UpdatedUtc, a.State, a.DeletedUtc })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(r => (r.Number, r.UpdatedUtc, ArticleVisibility.IsPublic(r.State, r.DeletedUtc))).ToList();
        }

        var indexed = index.AllNumbers();
        var publicNumbers = rows.Where(r => r.Searchable).Select(r => r.Number).ToHashSet(StringComparer.Ordinal);
        var stale = rows.Where(r => r.Updated >= since || (publicNumbers.Contains(r.Number) && !indexed.Contains(r.Number))).Select(r => r.Number).ToList();
        var gone = indexed.Where(n => !publicNumbers.Contains(n)).ToList();
        if (gone.Count > 0)
        {
            index.Delete(gone);
        }

        await UpsertAsync(stale, cancellationToken).ConfigureAwait(false);
        index.MarkSynced(started);
        _behind = false;
        if (stale.Count + gone.Count > 0)
        {
            LogCaughtUp(stale.Count, gone.Count);
        }

        return [.. stale, .. gone];
    }

    /// <summary>True when the store holds changes newer than the index's last sync (another process wrote them).</summary>
    public async Task<bool> StoreChangedSinceSyncAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var latest = await db.Articles.MaxAsync(a => (DateTime?)a.UpdatedUtc, cancellationToken).ConfigureAwait(false);
        return latest is { } l && l > index.SyncedUtc;
    }

    public async Task ArticlesChangedAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        try
        {
            await UpsertAsync(numbers, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store write stands; the index catches up from the store later.
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index caught up: {Updated} re-indexed, {Removed} removed")]
    private partial void LogCaughtUp(int updated, int removed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Updating the search index for {Count} articles failed; it will catch up from the store")]
    private partial void LogUpdateFailed(Exception error, int count);
}
