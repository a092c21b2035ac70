using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

/// <summary>
/// Reads and prunes the change feed (<see cref="ArticleChange"/>). Each reader keeps its own position (a search index
/// keeps it in its commit data) and asks for what came after it.
/// </summary>
public sealed class ChangeFeed(IDbContextFactory<KbDbContext> dbFactory)
{
    /// <summary>The PostgreSQL channel a node LISTENs on: every write NOTIFYs it when it commits.</summary>
    public const string PostgresChannel = "kb_article_changes";

    /// <summary>The transaction-scoped advisory lock that orders appends (see <see cref="BeforeAppendAsync"/>).</summary>
    private const long PostgresAppendLock = 0x4B62_5369_7465_0002; // "KbSite", 2

    /// <summary>
    /// Called by the one door inside its transaction, just before it inserts the feed rows. On PostgreSQL, writers
    /// take their sequence numbers in one order and could commit in another, and a reader that saw 12 before 11 committed
    /// would skip 11 for good: so appenders queue on a lock held to commit, and the commit notifies the listening nodes.
    /// On SQLite writers are one at a time already, and nodes poll.
    /// </summary>
    public static async Task BeforeAppendAsync(KbDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresAppendLock})", cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("NOTIFY " + PostgresChannel, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest sequence in the feed, 0 when nothing was ever written.</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Changes.MaxAsync(c => (long?)c.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
    }

    /// <summary>The newest sequence, read synchronously (for the parallel index rebuild, which reads the store so).</summary>
    public long Latest()
    {
        using var db = dbFactory.CreateDbContext();
        return db.Changes.Max(c => (long?)c.Sequence) ?? 0;
    }

    /// <summary>Up to <paramref name="max"/> rows after <paramref name="sequence"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ArticleChange>> ReadAfterAsync(long sequence, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Changes.AsNoTracking().Where(c => c.Sequence > sequence).OrderBy(c => c.Sequence).Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when rows a reader at <paramref name="sequence"/> has not applied were pruned: it cannot catch up from the
    /// feed and must rebuild from the store. (On PostgreSQL a rolled-back write leaves a gap in the sequence; a gap just
    /// before the oldest remaining row reads as pruned too, and costs a rebuild that was not needed, nothing more.)
    /// </summary>
    public async Task<bool> PrunedAfterAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var oldest = await db.Changes.MinAsync(c => (long?)c.Sequence, cancellationToken).ConfigureAwait(false);
        return oldest is { } o && o > sequence + 1;
    }

    /// <summary>
    /// Deletes rows written before <paramref name="beforeUtc"/>, always keeping the newest (so that the feed's latest
    /// position stays known); returns how many it deleted.
    /// </summary>
    public async Task<int> PruneAsync(DateTime beforeUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var latest = await db.Changes.MaxAsync(c => (long?)c.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        return await db.Changes.Where(c => c.AtUtc < beforeUtc && c.Sequence < latest)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
