using KbSite.Articles.Store;
using KbSite.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KbSite.Editing;

/// <summary>Fills an empty store from the content folder at startup, through the same import as everything else.</summary>
public sealed partial class ContentSeeder(IDbContextFactory<KbDbContext> dbFactory, ArticleImport import, ILogger<ContentSeeder> logger)
{
    /// <summary>Imports the content folder when the store holds no article yet; the report, or null when it was not empty.</summary>
    public async Task<ImportReport?> SeedIfEmptyAsync(string contentDir, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.Articles.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        var report = await import.ImportFolderAsync(contentDir, "seed", cancellationToken: cancellationToken).ConfigureAwait(false);
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
