using KbSite.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KbSite.Store;

/// <summary>Brings the store up to date: applies migrations, turns on WAL, and seeds an empty store from the content folder.</summary>
public sealed partial class StoreInitializer(IDbContextFactory<KbDbContext> dbFactory, ContentImporter importer, ILogger<StoreInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        // WAL lets readers go on while an editor or the importer writes; it is a property of the file, set once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports the content folder when the store holds no article yet; returns the report, or null when it was not empty.</summary>
    public async Task<ImportReport?> SeedIfEmptyAsync(string contentDir, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.Articles.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        var report = await importer.ImportFolderAsync(contentDir, "seed", cancellationToken).ConfigureAwait(false);
        LogSeeded(contentDir, report.Created.Count, report.Problems.Count);
        foreach (var problem in report.Problems)
        {
            LogProblem(problem.File, problem.Message);
        }

        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the store from {ContentDir}: {Created} articles, {Refused} files refused")]
    private partial void LogSeeded(string contentDir, int created, int refused);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content file {File} was not imported: {Reason}")]
    private partial void LogProblem(string file, string reason);
}
