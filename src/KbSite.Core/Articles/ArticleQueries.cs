using System.Linq.Expressions;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles;

/// <summary>The reads behind the public pages and API. Readers see Published and Retired articles, never drafts.</summary>
public sealed class ArticleQueries(IDbContextFactory<KbDbContext> dbFactory)
{
    /// <summary>The public article with this canonical number, events in order; null when there is none.</summary>
    public async Task<Article?> FindPublicAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var article = await db.Articles.AsNoTracking()
            .Where(ArticleVisibility.IsPublicInStore)
            .Include(a => a.Events.OrderBy(e => e.Order))
            .FirstOrDefaultAsync(a => a.Number == number, cancellationToken).ConfigureAwait(false);
        return article;
    }

    public async Task<IReadOnlyList<ArticleSummary>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublicInStore)
            .OrderByDescending(a => a.Modified).ThenByDescending(a => a.Number)
            .Take(count).Select(ArticlePages.ToSummary)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ProductCount>> ProductsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // An article that names no product is searched and matched, but not listed as a product without a name.
        return await db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublicInStore).Where(a => a.Product != "")
            .GroupBy(a => a.Product)
            .OrderBy(g => g.Key)
            .Select(g => new ProductCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The versions named by a product's public articles, newest-looking first.</summary>
    public async Task<IReadOnlyList<VersionCount>> VersionsAsync(string product, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var lists = await db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublicInStore).Where(a => a.Product == product)
            .Select(a => a.Versions).ToListAsync(cancellationToken).ConfigureAwait(false);
        return lists.SelectMany(v => v)
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => new VersionCount(g.First(), g.Count()))
            .OrderByDescending(v => v.Version, VersionComparer.Instance)
            .ToList();
    }

    /// <summary>Public articles, newest first, optionally of one product and version.</summary>
    public async Task<Page<ArticleSummary>> PageAsync(int page, int pageSize, string? product = null, string? version = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublicInStore);
        if (!string.IsNullOrEmpty(product))
        {
            query = query.Where(a => a.Product == product);
        }

        if (!string.IsNullOrEmpty(version))
        {
            query = query.Where(a => a.Versions.Contains(version));
        }

        return await ArticlePages.ReadAsync(query.OrderByDescending(a => a.Modified).ThenBy(a => a.Number), page, pageSize, cancellationToken).ConfigureAwait(false);
    }
}
