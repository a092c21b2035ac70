using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>The reads behind the editors' article list: every state, filtered by state, product and text.</summary>
public sealed class EditorArticleQueries(IDbContextFactory<KbDbContext> dbFactory)
{
    public async Task<Page<ArticleSummary>> PageAsync(ArticleState? state, string? product, string? text, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Articles.AsNoTracking().Where(a => a.DeletedUtc == null);
        if (state is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        if (!string.IsNullOrWhiteSpace(product))
        {
            query = query.Where(a => a.Product == product);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + text.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Title, pattern) || EF.Functions.Like(a.Number, pattern));
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(a => a.UpdatedUtc).ThenBy(a => a.Number)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new ArticleSummary(a.Number, a.Title, a.Product, a.Versions, a.Modified, a.StatusKind, a.State))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Page<ArticleSummary>(total, page, pageSize, items);
    }

    /// <summary>Deleted articles, newest deletion first, for an admin to restore.</summary>
    public async Task<IReadOnlyList<(ArticleSummary Article, DateTime DeletedUtc)>> DeletedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Articles.AsNoTracking().Where(a => a.DeletedUtc != null)
            .OrderByDescending(a => a.DeletedUtc).Take(500)
            .Select(a => new { Summary = new ArticleSummary(a.Number, a.Title, a.Product, a.Versions, a.Modified, a.StatusKind, a.State), Deleted = a.DeletedUtc!.Value })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.Summary, r.Deleted)).ToList();
    }
}
