using KbSite.Articles;
using KbSite.Editing;
using KbSite.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Content;

/// <summary>
/// Imports content files into the store, creating or updating articles by number. Each file is read and checked
/// completely before anything is written, so a malformed file is reported and skipped, never half-written.
/// </summary>
public sealed class ContentImporter(IDbContextFactory<KbDbContext> dbFactory, TimeProvider clock, IEnumerable<IArticleChangeListener> listeners)
{
    private const int BatchSize = 250;

    /// <summary>Imports every .md and .txt file (any case) below <paramref name="folder"/>.</summary>
    public async Task<ImportReport> ImportFolderAsync(string folder, string by = "import", CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            var report = new ImportReport();
            report.Problems.Add(new ImportProblem(folder, "the folder does not exist."));
            return report;
        }

        var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(ArticleFileReader.IsContentFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        return await ImportAsync(paths.Select(p => new LazyFile(Path.GetRelativePath(folder, p), p)), by, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports files already in memory (uploads).</summary>
    public Task<ImportReport> ImportAsync(IEnumerable<ContentFile> files, string by = "import", CancellationToken cancellationToken = default) =>
        ImportAsync(files.Select(f => new LazyFile(f.Name, null, f.Bytes)), by, cancellationToken);

    /// <summary>What importing these files would do, without writing anything.</summary>
    public async Task<ImportReport> PreviewAsync(IEnumerable<ContentFile> files, CancellationToken cancellationToken = default)
    {
        var (articles, problems) = ReadAll(files);
        var report = new ImportReport();
        report.Problems.AddRange(problems);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in articles.Chunk(BatchSize))
        {
            var numbers = chunk.Select(a => a.Article.Number).ToList();
            var existing = await db.Articles.AsNoTracking().Include(a => a.Events)
                .Where(a => numbers.Contains(a.Number))
                .ToDictionaryAsync(a => a.Number, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            foreach (var (_, incoming) in chunk)
            {
                (existing.TryGetValue(incoming.Number, out var stored)
                    ? ArticleContent.Same(stored, incoming) ? report.Unchanged : report.Updated
                    : report.Created).Add(incoming.Number);
            }
        }

        return report;
    }

    /// <summary>Reads and checks files without writing anything: the articles they hold, and the problems.</summary>
    public static (List<(string File, Article Article)> Articles, List<ImportProblem> Problems) ReadAll(IEnumerable<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var articles = new List<(string, Article)>();
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var article = ArticleFileReader.Read(file);
                if (seen.TryGetValue(article.Number, out var first))
                {
                    problems.Add(new ImportProblem(file.Name, $"article {article.Number} is also in {first}; only the first is imported."));
                    continue;
                }

                seen[article.Number] = file.Name;
                articles.Add((file.Name, article));
            }
            catch (ContentFormatException e)
            {
                problems.Add(new ImportProblem(file.Name, e.Message));
            }
        }

        return (articles, problems);
    }

    private async Task<ImportReport> ImportAsync(IEnumerable<LazyFile> files, string by, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var batch = new List<ContentFile>(BatchSize);
        foreach (var file in files)
        {
            try
            {
                batch.Add(file.Load());
            }
            catch (IOException e)
            {
                report.Problems.Add(new ImportProblem(file.Name, $"the file cannot be read: {e.Message}"));
            }
            catch (UnauthorizedAccessException e)
            {
                report.Problems.Add(new ImportProblem(file.Name, $"the file cannot be read: {e.Message}"));
            }
            catch (ContentFormatException e)
            {
                report.Problems.Add(new ImportProblem(file.Name, e.Message));
            }

            if (batch.Count == BatchSize)
            {
                await WriteBatchAsync(batch, report, by, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        await WriteBatchAsync(batch, report, by, cancellationToken).ConfigureAwait(false);
        return report;
    }

    private async Task WriteBatchAsync(List<ContentFile> files, ImportReport report, string by, CancellationToken cancellationToken)
    {
        var (articles, problems) = ReadAll(files);
        report.Problems.AddRange(problems);

        // A number seen in an earlier batch of the same import is a duplicate too.
        var earlier = report.Created.Concat(report.Updated).Concat(report.Unchanged).ToHashSet(StringComparer.Ordinal);
        foreach (var dup in articles.Where(a => earlier.Contains(a.Article.Number)).ToList())
        {
            report.Problems.Add(new ImportProblem(dup.File, $"article {dup.Article.Number} is in another file of this import too; only the first is imported."));
            articles.Remove(dup);
        }

        if (articles.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var numbers = articles.Select(a => a.Article.Number).ToList();
        var existing = await db.Articles.Include(a => a.Events)
            .Where(a => numbers.Contains(a.Number))
            .ToDictionaryAsync(a => a.Number, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<string>();
        var updated = new List<string>();
        var unchanged = new List<string>();
        foreach (var (_, incoming) in articles)
        {
            if (!existing.TryGetValue(incoming.Number, out var stored))
            {
                incoming.CreatedUtc = incoming.UpdatedUtc = now;
                db.Articles.Add(incoming);
                created.Add(incoming.Number);
            }
            else if (ArticleContent.Same(stored, incoming))
            {
                unchanged.Add(incoming.Number);
            }
            else
            {
                db.EventSignatures.RemoveRange(stored.Events);
                ArticleContent.Copy(incoming, stored);
                stored.UpdatedUtc = now;
                stored.Version++; // an editor with the old version open gets a conflict, not a silent overwrite
                updated.Add(incoming.Number);
            }
        }

        // One transaction per batch: the articles, their revisions and the audit entries, or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var changedArticles = db.ChangeTracker.Entries<Article>().Select(e => e.Entity)
            .Where(a => created.Contains(a.Number) || updated.Contains(a.Number)).ToList();
        var ids = changedArticles.Select(a => a.Id).ToList();
        var lastRevision = await db.Revisions.Where(r => ids.Contains(r.ArticleId)).GroupBy(r => r.ArticleId)
            .Select(g => new { g.Key, Max = g.Max(r => r.Number) })
            .ToDictionaryAsync(g => g.Key, g => g.Max, cancellationToken).ConfigureAwait(false);
        foreach (var article in changedArticles)
        {
            db.Revisions.Add(ArticleRevision.Of(article, lastRevision.GetValueOrDefault(article.Id) + 1, by, "imported", now));
        }

        db.Audit.AddRange(created.Select(n => AuditEntry.Of(now, by, "imported", n, "created")));
        db.Audit.AddRange(updated.Select(n => AuditEntry.Of(now, by, "imported", n, "updated")));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        report.Created.AddRange(created);
        report.Updated.AddRange(updated);
        report.Unchanged.AddRange(unchanged);
        var changed = created.Concat(updated).ToList();
        if (changed.Count > 0)
        {
            foreach (var listener in listeners)
            {
                await listener.ArticlesChangedAsync(changed, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private sealed record LazyFile(string Name, string? Path, byte[]? Bytes = null)
    {
        public ContentFile Load()
        {
            if (Bytes is null && new FileInfo(Path!).Length > ArticleFileReader.MaxFileBytes)
            {
                throw new ContentFormatException($"the file is larger than {ArticleFileReader.MaxFileBytes / 1024 / 1024} MB; an article file may not be.");
            }

            return new ContentFile(Name, Bytes ?? File.ReadAllBytes(Path!));
        }
    }
}
