using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Editing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Testing;

/// <summary>A migrated SQLite store in its own temp folder, with a DbContext factory like the app's.</summary>
public sealed class TestStore : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TestStore()
    {
        Factory = FactoryWith();
        using var db = Factory.CreateDbContext();
        db.Database.Migrate();
    }

    public IDbContextFactory<KbDbContext> Factory { get; }

    /// <summary>Another factory on the same store, with interceptors (to make something happen at an exact moment).</summary>
    public IDbContextFactory<KbDbContext> FactoryWith(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        FactoryWith(busyTimeoutSeconds: 30, interceptors);

    /// <summary>Another factory that waits at most <paramref name="busyTimeoutSeconds"/> for a store another connection is writing to.</summary>
    public IDbContextFactory<KbDbContext> FactoryWith(int busyTimeoutSeconds, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        new ContextFactory(new DbContextOptionsBuilder<KbDbContext>()
            .UseSqlite($"Data Source={_dir.Combine("kb.db")}", o => o.CommandTimeout(busyTimeoutSeconds))
            .AddInterceptors(interceptors)
            .Options);

    public TempDirectory Directory => _dir;

    /// <summary>The one door for writes on this store, telling these listeners (an index, a recorder) of each commit.</summary>
    public ArticleWriter Writer(params IArticleChangeListener[] listeners) => new(Factory, TimeProvider.System, listeners);

    /// <summary>A writer whose clock says <paramref name="clock"/>: for what it dates.</summary>
    public ArticleWriter Writer(TimeProvider clock, params IArticleChangeListener[] listeners) => new(Factory, clock, listeners);

    /// <summary>Imports through <see cref="Writer"/>, as the command line and uploads do.</summary>
    public ArticleImport Import(params IArticleChangeListener[] listeners) => new(Writer(listeners));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private sealed class ContextFactory(DbContextOptions<KbDbContext> options) : IDbContextFactory<KbDbContext>
    {
        public KbDbContext CreateDbContext() => new(options);
    }
}
