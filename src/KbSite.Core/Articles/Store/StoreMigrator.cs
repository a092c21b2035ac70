using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Articles.Store;

/// <summary>
/// Brings the store's schema up to date with the provider's migrations, one process at a time.
/// SQLite: every KbSite process (the site, the command line) migrates while holding an operating-system lock on a file
/// beside the store, which the system releases when a process dies. Holding it, a row left in EF Core's
/// <c>__EFMigrationsLock</c> table can only be the leftover of a process killed while migrating, so it is cleared;
/// without that, every later start would wait on it forever. Then WAL is turned on.
/// PostgreSQL: the nodes of a site start together; each migrates holding a session advisory lock, which the server
/// releases when the holder's connection ends, however it ends.
/// </summary>
public sealed partial class StoreMigrator(IDbContextFactory<KbDbContext> dbFactory, ILogger<StoreMigrator>? logger = null)
{
    private const string EfLockTable = "__EFMigrationsLock";
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>How long to wait for another process that is migrating the same store.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The advisory lock's key: any constant no other application on the same database uses.</summary>
    internal const long PostgresMigrationLock = 0x4B62_5369_7465_0001; // "KbSite", 1

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, cancellationToken).ConfigureAwait(false);
            return;
        }

        var storePath = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        using var guard = await AcquireAsync(storePath + ".migrating", cancellationToken).ConfigureAwait(false);
        if (await ClearLeftoverLockAsync(db, cancellationToken).ConfigureAwait(false))
        {
            LogLeftoverCleared(storePath);
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        // WAL lets readers go on while an editor or the importer writes; it is a property of the file, set once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }

    private static async Task MigratePostgresAsync(KbDbContext db, CancellationToken cancellationToken)
    {
        // The context keeps this one connection open, so the lock and the migrations share the session.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresMigrationLock})", cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false); // ends the session, and with it the lock
        }
    }

    /// <summary>The file lock, waited for while another process migrates; a clear message when it never comes.</summary>
    private async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + MaxWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new InvalidOperationException(
                    $"Another process has been migrating the store for more than {MaxWait.TotalSeconds:N0} seconds (it holds {path}). " +
                    "If no other KbSite process is running against this data folder, stop this one, delete that file and start again.", e);
            }
        }
    }

    private static async Task<bool> ClearLeftoverLockAsync(KbDbContext db, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = connection.CreateCommand();
        exists.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{EfLockTable}'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }

        await using var clear = connection.CreateCommand();
        clear.CommandText = $"DELETE FROM \"{EfLockTable}\"";
        return await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared a migration lock left in {Store} by a process that stopped while migrating")]
    private partial void LogLeftoverCleared(string store);
}
