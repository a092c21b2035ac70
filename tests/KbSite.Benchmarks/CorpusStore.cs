using KbSite.Corpus;
using KbSite.Articles.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Benchmarks;

/// <summary>
/// Writes a generated corpus straight into a KbSite store (the real schema, migrated): SQLite in a data folder, or a
/// PostgreSQL database. Straight in means no change feed: a site on it rebuilds its index from the store at start.
/// </summary>
internal static class CorpusStore
{
    public static IDbContextFactory<KbDbContext> Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var options = new DbContextOptionsBuilder<KbDbContext>().UseSqlite($"Data Source={Path.Combine(dataDir, "kb.db")}").Options;
        return new Factory(() => new KbDbContext(options));
    }

    public static IDbContextFactory<KbDbContext> OpenPostgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresKbDbContext>().UseNpgsql(connectionString).Options;
        return new Factory(() => new PostgresKbDbContext(options));
    }

    public static void Fill(IDbContextFactory<KbDbContext> factory, IReadOnlyList<GeneratedArticle> corpus)
    {
        using (var db = factory.CreateDbContext())
        {
            db.Database.Migrate();
            if (db.Database.IsSqlite())
            {
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            }
        }

        var now = DateTime.UtcNow;
        foreach (var chunk in corpus.Chunk(2000))
        {
            using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var g in chunk)
            {
                g.Article.CreatedUtc = g.Article.UpdatedUtc = now;
                db.Articles.Add(g.Article);
            }

            db.SaveChanges();
        }

        SqliteConnection.ClearAllPools();
    }

    private sealed class Factory(Func<KbDbContext> create) : IDbContextFactory<KbDbContext>
    {
        public KbDbContext CreateDbContext() => create();
    }
}
