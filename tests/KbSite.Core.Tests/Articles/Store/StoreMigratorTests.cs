using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

public sealed class StoreMigratorTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private string DatabasePath => _store.Directory.Combine("kb.db");

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_is_cleared_not_waited_on_forever()
    {
        await using (var db = await _store.Factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-01-01 00:00:00+00:00')");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await new StoreMigrator(_store.Factory).MigrateAsync(timeout.Token);

        await using var check = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(0, await check.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync());
    }

    [Fact]
    public async Task While_another_process_migrates_the_start_waits_then_says_what_to_do()
    {
        using var other = new FileStream(DatabasePath + ".migrating", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new StoreMigrator(_store.Factory) { MaxWait = TimeSpan.FromSeconds(1) }.MigrateAsync());

        Assert.Contains("Another process has been migrating the store", e.Message, StringComparison.Ordinal);
        Assert.Contains("delete that file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lock_file_goes_with_the_migration()
    {
        await new StoreMigrator(_store.Factory).MigrateAsync();

        Assert.False(File.Exists(DatabasePath + ".migrating"));
    }
}
