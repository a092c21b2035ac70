using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>The Editing feature's tables in the store (the store itself belongs to Articles).</summary>
public static class EditingStore
{
    public static DbSet<ArticleRevision> Revisions(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ArticleRevision>();
    }

    public static DbSet<AuditEntry> Audit(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<AuditEntry>();
    }
}
