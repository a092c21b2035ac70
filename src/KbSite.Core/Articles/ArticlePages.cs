using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles;

/// <summary>Lists of articles as summaries, one page at a time: the one way every list (public or editors') pages.</summary>
public static class ArticlePages
{
    public const int MaxPageSize = 200;

    /// <summary>What a list shows of an article, as a projection the store runs.</summary>
    public static Expression<Func<Article, ArticleSummary>> ToSummary { get; } =
        a => new ArticleSummary(a.Number, a.Title, a.Product, a.Versions, a.Modified, a.StatusKind, a.State);

    /// <summary>
    /// Page <paramref name="pageNumber"/> of an ordered query. A page past the end has no items and keeps its number
    /// (the offset is counted in 64 bits, so a huge page number never wraps round to an earlier page).
    /// </summary>
    public static async Task<Page<ArticleSummary>> ReadAsync(IOrderedQueryable<Article> ordered, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        pageNumber = Math.Max(1, pageNumber);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await ordered.CountAsync(cancellationToken).ConfigureAwait(false);
        var offset = ((long)pageNumber - 1) * pageSize;
        IReadOnlyList<ArticleSummary> items = offset < total
            ? await ordered.Skip((int)offset).Take(pageSize).Select(ToSummary).ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        return new Page<ArticleSummary>(total, pageNumber, pageSize, items);
    }
}
