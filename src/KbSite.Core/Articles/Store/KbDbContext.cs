using KbSite.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

/// <summary>
/// The store, owned by the Articles feature: articles, their event signatures, and (through Identity's base class, the
/// one arrow to Accounts) the people who edit them. Each feature maps its own entities with an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> next to the entity; they are all applied here. Create one context
/// per operation through IDbContextFactory; never hold one for a circuit's life.
/// </summary>
public sealed class KbDbContext(DbContextOptions<KbDbContext> options) : IdentityDbContext<KbUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<EventSignature> EventSignatures => Set<EventSignature>();

    /// <summary>The change feed: a row per article write, in write order.</summary>
    public DbSet<ArticleChange> Changes => Set<ArticleChange>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KbDbContext).Assembly);
    }
}
