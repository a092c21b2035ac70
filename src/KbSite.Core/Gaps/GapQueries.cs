using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Matching;
using KbSite.Search;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Gaps;

/// <summary>Which list of gaps: pasted events no article explains, or searches that found nothing.</summary>
public enum GapKind
{
    Paste,
    Search,
}

/// <summary>
/// A gap as the editors' list shows it: what readers looked for, how often and when, and (worked out when listed) the
/// article that now answers it, if one does.
/// </summary>
public sealed record GapRow(GapKind Kind, int Id, string Source, int? EventId, string Text, int Count, DateTime FirstSeenUtc, DateTime LastSeenUtc, string? AnsweredBy);

/// <summary>
/// The editors' gaps: ranked by how often, then how recently, readers met them; a dismissed gap is left out until it
/// is met again after its dismissal. Whether a gap is answered is asked of the index for the rows of the page only:
/// a published article that explains the event (or a search that now finds something) answers it.
/// </summary>
public sealed class GapQueries(IDbContextFactory<KbDbContext> dbFactory, EventMatcher matcher, ArticleSearcher searcher)
{
    public const int MaxPageSize = 200;

    public async Task<Page<GapRow>> ListAsync(GapKind kind, DateTime? sinceUtc, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        pageNumber = Math.Max(1, pageNumber);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var since = sinceUtc ?? DateTime.MinValue;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = kind == GapKind.Paste
            ? db.PasteGaps().AsNoTracking()
                .Where(g => g.LastSeenUtc >= since && (g.DismissedUtc == null || g.LastSeenUtc > g.DismissedUtc))
                .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeenUtc).ThenBy(g => g.Id)
                .Select(g => new GapRow(GapKind.Paste, g.Id, g.Source, g.EventId, g.Message, g.Count, g.FirstSeenUtc, g.LastSeenUtc, null))
            : db.SearchGaps().AsNoTracking()
                .Where(g => g.LastSeenUtc >= since && (g.DismissedUtc == null || g.LastSeenUtc > g.DismissedUtc))
                .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeenUtc).ThenBy(g => g.Id)
                .Select(g => new GapRow(GapKind.Search, g.Id, "", null, g.Query, g.Count, g.FirstSeenUtc, g.LastSeenUtc, null));
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var offset = ((long)pageNumber - 1) * pageSize;
        var items = offset < total ? await rows.Skip((int)offset).Take(pageSize).ToListAsync(cancellationToken).ConfigureAwait(false) : [];
        return new Page<GapRow>(total, pageNumber, pageSize, [.. items.Select(r => r with { AnsweredBy = AnsweredBy(r) })]);
    }

    /// <summary>Dismisses a gap with the editor's reason; false when there is no such gap.</summary>
    public async Task<bool> DismissAsync(GapKind kind, int id, string reason, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var why = reason.Trim() is { Length: > PasteGapConfiguration.MaxDismissReasonLength } r ? r[..PasteGapConfiguration.MaxDismissReasonLength] : reason.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var updated = kind == GapKind.Paste
            ? await db.PasteGaps().Where(g => g.Id == id).ExecuteUpdateAsync(u => u.SetProperty(g => g.DismissedUtc, nowUtc).SetProperty(g => g.DismissReason, why), cancellationToken).ConfigureAwait(false)
            : await db.SearchGaps().Where(g => g.Id == id).ExecuteUpdateAsync(u => u.SetProperty(g => g.DismissedUtc, nowUtc).SetProperty(g => g.DismissReason, why), cancellationToken).ConfigureAwait(false);
        return updated > 0;
    }

    /// <summary>The article that now answers the gap: explains the event (the "explains it" score) or is found by the query.</summary>
    public string? AnsweredBy(GapRow gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        try
        {
            if (gap.Kind == GapKind.Search)
            {
                var hits = searcher.Search(new SearchRequest(gap.Text, Top: 1)).Hits;
                return hits.Count > 0 ? hits[0].Id : null;
            }

            var result = matcher.Match([new PastedEvent(gap.Source, gap.EventId, "", gap.Text, PasteFormats.Plain)]);
            return result.Matches.FirstOrDefault(m => m.Score >= MatchRanking.Explains)?.Id;
        }
        catch (SearchUnavailableException)
        {
            return null; // the index is being rebuilt: the list still shows
        }
    }
}
