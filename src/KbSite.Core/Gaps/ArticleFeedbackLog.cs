using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Gaps;

/// <summary>An article with its readers' answers over a period: how often it helped and how often it did not.</summary>
public sealed record ArticleFeedbackRow(string Number, string Title, int Yes, int No);

/// <summary>
/// "Did this answer it?": counts per article and day, written at once (a vote is a reader's deliberate click, one per
/// browser, article and day, which the site's cookie enforces), listed for editors with the least helpful first.
/// </summary>
public sealed class ArticleFeedbackLog(IDbContextFactory<KbDbContext> dbFactory)
{
    /// <summary>Counts one answer for a public article; false (nothing written) when there is no such public article.</summary>
    public async Task<bool> RecordAsync(string number, bool helped, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Articles.Where(ArticleVisibility.IsPublicInStore).AnyAsync(a => a.Number == number, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var counted = helped
                ? await db.Feedback().Where(f => f.Number == number && f.Day == day).ExecuteUpdateAsync(u => u.SetProperty(f => f.Yes, f => f.Yes + 1), cancellationToken).ConfigureAwait(false)
                : await db.Feedback().Where(f => f.Number == number && f.Day == day).ExecuteUpdateAsync(u => u.SetProperty(f => f.No, f => f.No + 1), cancellationToken).ConfigureAwait(false);
            if (counted > 0)
            {
                return true;
            }

            try
            {
                db.Feedback().Add(new ArticleFeedback { Number = number, Day = day, Yes = helped ? 1 : 0, No = helped ? 0 : 1 });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another request made the day's row a moment ago: count on it.
                db.ChangeTracker.Clear();
            }
        }

        return false;
    }

    /// <summary>Articles with at least one "no" since <paramref name="since"/>, the most "no" first.</summary>
    public async Task<Page<ArticleFeedbackRow>> LeastHelpfulAsync(DateOnly since, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        pageNumber = Math.Max(1, pageNumber);
        pageSize = Math.Clamp(pageSize, 1, GapQueries.MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var totals = db.Feedback().AsNoTracking().Where(f => f.Day >= since)
            .GroupBy(f => f.Number)
            .Select(g => new { Number = g.Key, Yes = g.Sum(f => f.Yes), No = g.Sum(f => f.No) })
            .Where(t => t.No > 0);
        var total = await totals.CountAsync(cancellationToken).ConfigureAwait(false);
        var offset = ((long)pageNumber - 1) * pageSize;
        var rows = offset < total
            ? await totals.OrderByDescending(t => t.No).ThenBy(t => t.Yes).ThenBy(t => t.Number).Skip((int)offset).Take(pageSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var numbers = rows.Select(r => r.Number).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => numbers.Contains(a.Number))
            .ToDictionaryAsync(a => a.Number, a => a.Title, cancellationToken).ConfigureAwait(false);
        return new Page<ArticleFeedbackRow>(total, pageNumber, pageSize,
            [.. rows.Select(r => new ArticleFeedbackRow(r.Number, titles.GetValueOrDefault(r.Number, ""), r.Yes, r.No))]);
    }

    /// <summary>Deletes the counts of days before <paramref name="before"/>; returns how many rows.</summary>
    public async Task<int> PruneAsync(DateOnly before, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Feedback().Where(f => f.Day < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
