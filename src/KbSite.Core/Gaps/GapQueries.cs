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
public sealed class GapQueries(IDbContextFactory<KbDbContext> dbFactory, SearchIndex index, EventMatcher matcher, ArticleSearcher searcher)
{
    public const int MaxPageSize = 200;
    private const int MaxRemembered = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(GapKind Kind, int Id, string Text), (long Applied, string? Article)> _answers = new();

    public async Task<Page<GapRow>> ListAsync(GapKind kind, DateTime? sinceUtc, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        pageNumber = Math.Max(1, pageNumber);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<GapRow> rows;
        if (kind == GapKind.Paste)
        {
            var gaps = db.PasteGaps().AsNoTracking().Where(g => g.DismissedUtc == null || g.LastSeenUtc > g.DismissedUtc);
            gaps = sinceUtc is { } since ? gaps.Where(g => g.LastSeenUtc >= since) : gaps;
            // Every key descending: the store walks its (Count, LastSeenUtc) index backwards instead of sorting.
            rows = gaps.OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeenUtc).ThenByDescending(g => g.Id)
                .Select(g => new GapRow(GapKind.Paste, g.Id, g.Source, g.EventId, g.Message, g.Count, g.FirstSeenUtc, g.LastSeenUtc, null));
        }
        else
        {
            var gaps = db.SearchGaps().AsNoTracking().Where(g => g.DismissedUtc == null || g.LastSeenUtc > g.DismissedUtc);
            gaps = sinceUtc is { } since ? gaps.Where(g => g.LastSeenUtc >= since) : gaps;
            rows = gaps.OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeenUtc).ThenByDescending(g => g.Id)
                .Select(g => new GapRow(GapKind.Search, g.Id, "", null, g.Query, g.Count, g.FirstSeenUtc, g.LastSeenUtc, null));
        }

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

    /// <summary>
    /// The article that now answers the gap: explains the event (the "explains it" score) or is found by the query.
    /// Remembered until the index applies another write (matching a page of gaps costs more than reading it).
    /// </summary>
    public string? AnsweredBy(GapRow gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var key = (gap.Kind, gap.Id, gap.Text);
        var applied = index.AppliedSequence;
        if (_answers.TryGetValue(key, out var known) && known.Applied == applied)
        {
            return known.Article;
        }

        if (_answers.Count > MaxRemembered)
        {
            _answers.Clear();
        }

        var article = Answer(gap);
        _answers[key] = (applied, article);
        return article;
    }

    private string? Answer(GapRow gap)
    {
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
