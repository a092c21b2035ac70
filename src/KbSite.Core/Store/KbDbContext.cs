using KbSite.Accounts;
using KbSite.Articles;
using KbSite.Editing;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Store;

/// <summary>
/// The store: articles and the accounts of the people who edit them (ASP.NET Core Identity). Create one per operation
/// through IDbContextFactory; never hold one for a circuit's life.
/// </summary>
public sealed class KbDbContext(DbContextOptions<KbDbContext> options) : IdentityDbContext<KbUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<EventSignature> EventSignatures => Set<EventSignature>();

    public DbSet<ArticleRevision> Revisions => Set<ArticleRevision>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<Article>(article =>
        {
            article.HasIndex(a => a.Number).IsUnique();
            article.HasIndex(a => new { a.State, a.Product });
            article.HasIndex(a => a.Modified);
            article.Property(a => a.Number).HasMaxLength(16);
            article.Property(a => a.Title).HasMaxLength(400);
            article.Property(a => a.Product).HasMaxLength(200);
            article.Property(a => a.Platform).HasMaxLength(200);
            article.Property(a => a.Category).HasMaxLength(100);
            article.Property(a => a.StatusKind).HasConversion<string>().HasMaxLength(32);
            article.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
            article.Property(a => a.Version).IsConcurrencyToken();
            article.HasMany<ArticleRevision>().WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Events)
                .WithOne(e => e.Article)
                .HasForeignKey(e => e.ArticleId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ArticleRevision>(revision =>
        {
            revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
            revision.Property(r => r.SavedBy).HasMaxLength(256);
            revision.Property(r => r.Comment).HasMaxLength(1000);
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.HasIndex(a => a.WhenUtc);
            audit.HasIndex(a => a.Target);
            audit.Property(a => a.Who).HasMaxLength(256);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Target).HasMaxLength(256);
        });

        builder.Entity<EventSignature>(signature =>
        {
            signature.Property(e => e.Source).HasMaxLength(200);
            signature.Property(e => e.Level).HasMaxLength(32);
            signature.HasIndex(e => new { e.Source, e.EventId });
            signature.HasIndex(e => e.EventId);
        });
    }
}
