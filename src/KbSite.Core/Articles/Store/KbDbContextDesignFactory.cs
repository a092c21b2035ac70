using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KbSite.Articles.Store;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web host.</summary>
internal sealed class KbDbContextDesignFactory : IDesignTimeDbContextFactory<KbDbContext>
{
    public KbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KbDbContext>().UseSqlite("Data Source=design.db").Options);
}
