using KbSite.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

/// <summary>
/// The store, owned by the Articles feature: articles, their event signatures, and (through Identity's base class, the
/// one arrow to Accounts) the people who edit them. Each feature maps its own entities with an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> next to the entity; they are all applied here. Create one context
/// per operation through IDbContextFactory; never hold one for a circuit's life. It also holds the data-protection
/// keys, so that every node of a site signs and reads the same cookies and antiforgery tokens.
/// </summary>
/// <remarks>
/// Not sealed for one reason: <see cref="PostgresKbDbContext"/> is the same model on PostgreSQL, a type of its own
/// only so that each provider's migrations are kept apart (EF Core finds migrations by context type). This type's
/// migrations are SQLite's.
/// </remarks>
public class KbDbContext : IdentityDbContext<KbUser>, IDataProtectionKeyContext
{
    public KbDbContext(DbContextOptions<KbDbContext> options)
        : base(options)
    {
    }

    protected KbDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<EventSignature> EventSignatures => Set<EventSignature>();

    /// <summary>The change feed: a row per article write, in write order.</summary>
    public DbSet<ArticleChange> Changes => Set<ArticleChange>();

    /// <summary>ASP.NET Core's data-protection key ring (sign-in cookies, antiforgery tokens), shared by all nodes.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KbDbContext).Assembly);
    }
}
