using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>
/// Reads the audit log (who did what to which article or account, when) and writes the entries about accounts.
/// Entries about articles are written by <see cref="ArticleWriter"/> in the same transaction as the change.
/// </summary>
public sealed class AuditLog(IDbContextFactory<KbDbContext> dbFactory, TimeProvider clock)
{
    public async Task WriteAsync(string who, string action, string target, string? details = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Audit().Add(AuditEntry.Of(clock.GetUtcNow().UtcDateTime, who, action, target, details));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The newest entries first, optionally about one article or account.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string? target, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Audit().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(target))
        {
            query = query.Where(a => a.Target == target.Trim());
        }

        return await query.OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
    }
}
