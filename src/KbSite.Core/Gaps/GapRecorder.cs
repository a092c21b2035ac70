using System.Threading.Channels;
using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KbSite.Gaps;

/// <summary>
/// Records what readers did not find, off the request path: <see cref="IReaderMisses"/> only queues (a bounded
/// queue; when it is full the miss is dropped, never waited for), and <see cref="RunAsync"/> masks, aggregates and
/// writes in the background. A flood cannot grow the store without bound: a repeat only counts on its row, and at most
/// <see cref="GapSettings.MaxNewPerDay"/> new rows of each kind are added a day. Nothing about the reader is kept.
/// </summary>
public sealed partial class GapRecorder(
    IDbContextFactory<KbDbContext> dbFactory,
    TimeProvider clock,
    GapSettings settings,
    ILogger<GapRecorder> logger) : IReaderMisses
{
    private const int QueueLength = 10_000;
    private const int BatchSize = 500;

    private readonly Channel<Miss> _queue = Channel.CreateBounded<Miss>(new BoundedChannelOptions(QueueLength)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>How many misses wait to be written (for tests).</summary>
    internal int Queued => _queue.Reader.Count;

    public void PasteUnexplained(string source, int? eventId, string message)
    {
        if (settings.Record && message is not null)
        {
            // Bounded before it is queued; masked in the background.
            _queue.Writer.TryWrite(new Miss(Clip(source ?? "", PasteGap.MaxSourceLength), eventId, Clip(message, GapMessage.MaxInputLength), clock.GetUtcNow().UtcDateTime));
        }
    }

    public void SearchFoundNothing(string query)
    {
        if (settings.Record && !string.IsNullOrWhiteSpace(query))
        {
            _queue.Writer.TryWrite(new Miss(null, null, Clip(query, SearchGap.MaxQueryLength * 4), clock.GetUtcNow().UtcDateTime));
        }
    }

    /// <summary>Recorded as a search that found nothing: the reader found nothing worth opening.</summary>
    public void SearchLeftUnopened(string query) => SearchFoundNothing(query);

    /// <summary>Writes queued misses until stopped; a failed batch is logged and dropped, never retried forever.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<Miss>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var miss))
            {
                batch.Add(miss);
            }

            try
            {
                await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogWriteFailed(e, batch.Count);
            }
        }
    }

    /// <summary>Masks, aggregates and writes these misses (what <see cref="RunAsync"/> does with each batch).</summary>
    public async Task WriteAsync(IReadOnlyList<Miss> misses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(misses);
        var pastes = misses.Where(m => m.Source is not null)
            .Select(m => (Miss: m, Message: GapMessage.Mask(m.Text)))
            .GroupBy(p => GapMessage.Key(p.Miss.Source!, p.Miss.EventId, p.Message), StringComparer.Ordinal)
            .Select(g => new Sighting(g.Key, g.First().Miss.Source!.Trim(), g.First().Miss.EventId, g.First().Message, g.Count(), g.Min(p => p.Miss.AtUtc), g.Max(p => p.Miss.AtUtc)))
            .ToList();
        var searches = misses.Where(m => m.Source is null)
            .Select(m => (Miss: m, Query: GapQuery.Normalise(m.Text)))
            .Where(s => s.Query.Length > 0)
            .GroupBy(s => s.Query, StringComparer.Ordinal)
            .Select(g => new Sighting(g.Key, "", null, g.Key, g.Count(), g.Min(s => s.Miss.AtUtc), g.Max(s => s.Miss.AtUtc)))
            .ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var dropped = await WritePastesAsync(db, pastes, cancellationToken).ConfigureAwait(false)
            + await WriteSearchesAsync(db, searches, cancellationToken).ConfigureAwait(false);
        if (dropped > 0)
        {
            LogCapped(dropped, settings.MaxNewPerDay);
        }
    }

    /// <summary>Deletes gaps not seen for <see cref="GapSettings.RetentionDays"/> days; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-settings.RetentionDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.PasteGaps().Where(g => g.LastSeenUtc < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false)
            + await db.SearchGaps().Where(g => g.LastSeenUtc < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<int> WritePastesAsync(KbDbContext db, List<Sighting> sightings, CancellationToken cancellationToken) =>
        WriteRowsAsync(
            db,
            db.PasteGaps(),
            g => g.FirstSeenUtc,
            sightings,
            s => db.PasteGaps().Where(g => g.Key == s.Key).ExecuteUpdateAsync(u => u.SetProperty(g => g.Count, g => g.Count + s.Count).SetProperty(g => g.LastSeenUtc, s.LastUtc), cancellationToken),
            s => new PasteGap { Key = s.Key, Source = s.Source, EventId = s.EventId, Message = s.Text, Count = s.Count, FirstSeenUtc = s.FirstUtc, LastSeenUtc = s.LastUtc },
            cancellationToken);

    private Task<int> WriteSearchesAsync(KbDbContext db, List<Sighting> sightings, CancellationToken cancellationToken) =>
        WriteRowsAsync(
            db,
            db.SearchGaps(),
            g => g.FirstSeenUtc,
            sightings,
            s => db.SearchGaps().Where(g => g.Query == s.Key).ExecuteUpdateAsync(u => u.SetProperty(g => g.Count, g => g.Count + s.Count).SetProperty(g => g.LastSeenUtc, s.LastUtc), cancellationToken),
            s => new SearchGap { Query = s.Key, Count = s.Count, FirstSeenUtc = s.FirstUtc, LastSeenUtc = s.LastUtc },
            cancellationToken);

    /// <summary>
    /// Counts each sighting on its row (one statement per row that exists, so counts from several nodes add up and
    /// none is lost), and adds rows for new ones while today's cap allows; returns how many new ones were dropped.
    /// </summary>
    private async Task<int> WriteRowsAsync<T>(
        KbDbContext db,
        DbSet<T> rows,
        System.Linq.Expressions.Expression<Func<T, DateTime>> firstSeen,
        List<Sighting> sightings,
        Func<Sighting, Task<int>> countOnRow,
        Func<Sighting, T> newRow,
        CancellationToken cancellationToken)
        where T : class
    {
        var room = await RoomTodayAsync(rows.Select(firstSeen), cancellationToken).ConfigureAwait(false);
        var dropped = 0;
        foreach (var s in sightings)
        {
            if (await countOnRow(s).ConfigureAwait(false) > 0)
            {
                continue;
            }

            if (room-- <= 0)
            {
                dropped++;
                continue;
            }

            rows.Add(newRow(s));
        }

        await SaveNewAsync(db, cancellationToken).ConfigureAwait(false);
        return dropped;
    }

    /// <summary>How many new rows today's cap still allows.</summary>
    private async Task<int> RoomTodayAsync(IQueryable<DateTime> firstSeen, CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var added = await firstSeen.CountAsync(f => f >= today, cancellationToken).ConfigureAwait(false);
        return Math.Max(0, settings.MaxNewPerDay - added);
    }

    /// <summary>
    /// Inserts the new rows. Another node may have inserted the same gap a moment before: that batch's new rows are
    /// then dropped (the next sighting counts on the row the other node made).
    /// </summary>
    private async Task SaveNewAsync(KbDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e)
        {
            LogInsertRaced(e);
            db.ChangeTracker.Clear();
        }
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} reader misses failed; they are dropped")]
    private partial void LogWriteFailed(Exception error, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} new gaps were not recorded: at most {Cap} a day")]
    private partial void LogCapped(int count, int cap);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node recorded the same new gap at the same moment; this batch's new rows were dropped")]
    private partial void LogInsertRaced(Exception error);

    /// <summary>A miss as queued: a paste (with its source) or a search (source null), raw; masked when written.</summary>
    public sealed record Miss(string? Source, int? EventId, string Text, DateTime AtUtc);

    private sealed record Sighting(string Key, string Source, int? EventId, string Text, int Count, DateTime FirstUtc, DateTime LastUtc);
}
