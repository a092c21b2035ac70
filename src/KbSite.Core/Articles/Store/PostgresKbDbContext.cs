using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KbSite.Articles.Store;

/// <summary>
/// The store on PostgreSQL (Kb:Store:Provider = Postgres): the same model as <see cref="KbDbContext"/>, with its own
/// migrations under Migrations/Postgres. Everything else in KbSite sees it as a <see cref="KbDbContext"/>.
/// </summary>
public sealed class PostgresKbDbContext(DbContextOptions<PostgresKbDbContext> options) : KbDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        // Times are UTC throughout; PostgreSQL's timestamptz refuses a DateTime whose kind is not UTC, and SQLite
        // hands back unspecified ones (an import from one store into another carries them).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
