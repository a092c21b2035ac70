using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KbSite.Articles.Store;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the web host.</summary>
internal sealed class KbDbContextDesignFactory : IDesignTimeDbContextFactory<KbDbContext>
{
    public KbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KbDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>The same for PostgreSQL (`--context PostgresKbDbContext`); adding a migration connects to nothing.</summary>
internal sealed class PostgresKbDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresKbDbContext>
{
    public PostgresKbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKbDbContext>().UseNpgsql("Host=localhost;Database=kb_design").Options);
}
