using KbSite.Articles;
using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>The reads behind the editors' article list: every state, filtered by state, product and text.</summary>
public sealed class EditorArticleQueries(IDbContextFactory<KbDbContext> dbFactory)
{
    public async Task<Page<ArticleSummary>> PageAsync(ArticleState? state, string? product, string? text, int page, int pageSize, CancellationToken cancellationToken = default)
    {
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
            // Lower case on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), not run in .NET
            var pattern = "%" + text.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern) || EF.Functions.Like(a.Number.ToLower(), pattern));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return await ArticlePages.ReadAsync(query.OrderByDescending(a => a.UpdatedUtc).ThenBy(a => a.Number), page, pageSize, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deleted articles, newest deletion first, for an admin to restore.</summary>
    public async Task<IReadOnlyList<DeletedArticle>> DeletedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Articles.AsNoTracking().Where(a => a.DeletedUtc != null)
            .OrderByDescending(a => a.DeletedUtc).Take(500)
            .Select(a => new DeletedArticle(a.Number, a.Title, a.Product, a.Versions, a.DeletedUtc!.Value, a.Version))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A deleted article as the restore list shows it, with the version the admin restores against.</summary>
public sealed record DeletedArticle(string Number, string Title, string Product, IReadOnlyList<string> Versions, DateTime DeletedUtc, int Version);
