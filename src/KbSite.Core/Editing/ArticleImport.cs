using KbSite.Content;

namespace KbSite.Editing;

/// <summary>
/// Imports content files (a folder for the command line and seeding, uploaded files for the import page): the
/// <see cref="ContentReader"/> reads them in batches and <see cref="ArticleWriter"/> writes each batch in one
/// transaction. A dry run reports what the import would do without writing (the upload preview).
/// </summary>
public sealed class ArticleImport(ArticleWriter writer, ImportNumbering? numbering = null)
{
    public Task<ImportReport> ImportFolderAsync(string folder, string by, bool dryRun = false, CancellationToken cancellationToken = default) =>
        ImportAsync(ContentReader.ReadFolder(folder), by, dryRun, cancellationToken);

    public Task<ImportReport> ImportFilesAsync(IEnumerable<ContentFile> files, string by, bool dryRun = false, CancellationToken cancellationToken = default) =>
        ImportAsync(ContentReader.Read(files), by, dryRun, cancellationToken);

    private async Task<ImportReport> ImportAsync(IEnumerable<ContentBatch> batches, string by, bool dryRun, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        foreach (var batch in batches)
        {
            foreach (var problem in batch.Problems)
            {
                report.Refuse(problem.File, problem.Message);
            }

            report.Add(await writer.ImportAsync(batch.Articles, by, dryRun, numbering, cancellationToken).ConfigureAwait(false));
        }

        return report;
    }
}
