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

    /// <summary>The change feed: a row per article write, in write order.</summary>
    public static DbSet<ArticleChange> Changes(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ArticleChange>();
    }

    public static DbSet<AuditEntry> Audit(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<AuditEntry>();
    }
}
