using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Gaps;

/// <summary>The Gaps feature's tables in the store (the store itself belongs to Articles).</summary>
public static class GapsStore
{
    public static DbSet<PasteGap> PasteGaps(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<PasteGap>();
    }

    public static DbSet<SearchGap> SearchGaps(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<SearchGap>();
    }

    public static DbSet<ArticleFeedback> Feedback(this KbDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ArticleFeedback>();
    }
}
