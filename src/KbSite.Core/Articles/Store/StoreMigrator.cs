using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

/// <summary>Brings the store's schema up to date: applies migrations and turns on WAL.</summary>
public sealed class StoreMigrator(IDbContextFactory<KbDbContext> dbFactory)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        // WAL lets readers go on while an editor or the importer writes; it is a property of the file, set once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }
}
