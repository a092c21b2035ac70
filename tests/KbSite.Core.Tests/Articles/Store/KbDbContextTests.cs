using KbSite.Editing;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

public sealed class KbDbContextTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task The_migrations_describe_the_model_exactly()
    {
        await using var db = await _store.Factory.CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void The_PostgreSQL_migrations_describe_the_same_model_exactly()
    {
        // Comparing the model with the last migration's snapshot needs no server.
        using var db = new PostgresKbDbContext(new DbContextOptionsBuilder<PostgresKbDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Empty(db.Database.GetMigrations().Intersect(_store.Factory.CreateDbContext().Database.GetMigrations()));
    }

    [Theory]
    [InlineData(typeof(Article), nameof(Article.Title), ArticleRules.MaxTitleLength)]
    [InlineData(typeof(Article), nameof(Article.Product), ArticleRules.MaxShortFieldLength)]
    [InlineData(typeof(Article), nameof(Article.Platform), ArticleRules.MaxShortFieldLength)]
    [InlineData(typeof(Article), nameof(Article.Category), ArticleRules.MaxShortFieldLength)]
    [InlineData(typeof(Article), nameof(Article.Number), ArticleNumber.MaxLength)]
    [InlineData(typeof(EventSignature), nameof(EventSignature.Source), ArticleRules.MaxShortFieldLength)]
    [InlineData(typeof(EventSignature), nameof(EventSignature.Level), ArticleRules.MaxLevelLength)]
    [InlineData(typeof(ArticleRevision), nameof(ArticleRevision.Comment), ArticleRevision.MaxCommentLength)]
    [InlineData(typeof(AuditEntry), nameof(AuditEntry.Who), AuditEntry.MaxNameLength)]
    public async Task Column_lengths_are_the_lengths_the_rules_check(Type entity, string property, int length)
    {
        await using var db = await _store.Factory.CreateDbContextAsync();

        Assert.Equal(length, db.Model.FindEntityType(entity)!.FindProperty(property)!.GetMaxLength());
    }

    [Fact]
    public async Task Each_feature_maps_its_own_tables()
    {
        await using var db = await _store.Factory.CreateDbContextAsync();

        Assert.Equal("Articles", db.Model.FindEntityType(typeof(Article))!.GetTableName());
        Assert.Equal("Revisions", db.Model.FindEntityType(typeof(ArticleRevision))!.GetTableName());
        Assert.Equal("Audit", db.Model.FindEntityType(typeof(AuditEntry))!.GetTableName());
    }

    [Fact]
    public async Task An_article_number_is_unique_in_the_store()
    {
        await using (var db = await _store.Factory.CreateDbContextAsync())
        {
            db.Articles.Add(new Article { Number = "Q1", Title = "One" });
            await db.SaveChangesAsync();
        }

        await using var again = await _store.Factory.CreateDbContextAsync();
        again.Articles.Add(new Article { Number = "Q1", Title = "Two" });
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task The_migrator_turns_on_write_ahead_logging()
    {
        await new StoreMigrator(_store.Factory).MigrateAsync();

        await using var db = await _store.Factory.CreateDbContextAsync();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(mode));
    }
}
