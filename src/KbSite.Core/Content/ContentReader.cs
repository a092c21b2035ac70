using KbSite.Articles;

namespace KbSite.Content;

/// <summary>An article read from one file of an import, with the reader's notes; its number may still be empty (the importer assigns one).</summary>
public sealed record ImportedArticle(string File, Article Article, IReadOnlyList<string> Notes);

/// <summary>Some files of an import, read: the articles they hold and the files that could not be read.</summary>
public sealed record ContentBatch(IReadOnlyList<ImportedArticle> Articles, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Reads content files (a folder, or files already in memory) into articles, in batches, so that a large folder is
/// never in memory whole. Writes nothing: whoever imports hands the batches to the writer. A file that cannot be read
/// is a problem naming it; a second file with a number already read in the same import is refused.
/// </summary>
public static class ContentReader
{
    public const int BatchSize = 250;

    /// <summary>Every .md and .txt file (any case) below <paramref name="folder"/>, in name order.</summary>
    public static IEnumerable<ContentBatch> ReadFolder(string folder, int batchSize = BatchSize)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return [new ContentBatch([], [new ImportProblem(folder, "the folder does not exist.")])];
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(ArticleFileReader.IsContentFileName)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(folder, path), (Func<ContentFile>)(() => Load(folder, path))));
        return Read(files, batchSize);
    }

    /// <summary>Files already in memory (uploads).</summary>
    public static IEnumerable<ContentBatch> Read(IEnumerable<ContentFile> files, int batchSize = BatchSize)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Read(files.Select(f => (f.Name, (Func<ContentFile>)(() => f))), batchSize);
    }

    private static IEnumerable<ContentBatch> Read(IEnumerable<(string Name, Func<ContentFile> Load)> files, int batchSize)
    {
        var firstFileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<ImportedArticle>();
        var problems = new List<ImportProblem>();
        foreach (var (name, load) in files)
        {
            var (read, problem) = ReadOne(name, load);
            if (read is { Article.Number: { Length: > 0 } number } && firstFileOf.TryGetValue(number, out var first))
            {
                problem = $"article {number} is also in {first}; only the first is imported.";
            }
            else if (read is not null)
            {
                if (read.Article.Number.Length > 0)
                {
                    firstFileOf[read.Article.Number] = name;
                }

                articles.Add(new ImportedArticle(name, read.Article, read.Notes));
            }

            if (problem is not null)
            {
                problems.Add(new ImportProblem(name, problem));
            }

            if (articles.Count + problems.Count >= batchSize)
            {
                yield return new ContentBatch(articles, problems);
                articles = [];
                problems = [];
            }
        }

        if (articles.Count + problems.Count > 0)
        {
            yield return new ContentBatch(articles, problems);
        }
    }

    private static (ArticleRead? Read, string? Problem) ReadOne(string name, Func<ContentFile> load)
    {
        try
        {
            return (ArticleFileReader.Read(load()), null);
        }
        catch (ContentFormatException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the file cannot be read: {e.Message}");
        }
    }

    private static ContentFile Load(string folder, string path)
    {
        if (new FileInfo(path).Length > ArticleFileReader.MaxFileBytes)
        {
            throw new ContentFormatException($"the file is larger than {ArticleFileReader.MaxFileBytes / 1024 / 1024} MB; an article file may not be.");
        }

        return new ContentFile(Path.GetRelativePath(folder, path), File.ReadAllBytes(path));
    }
}
