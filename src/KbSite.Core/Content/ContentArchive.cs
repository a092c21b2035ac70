using System.IO.Compression;
using KbSite.Articles;

namespace KbSite.Content;

/// <summary>Reads uploads (.md, .txt, or a .zip of them) into content files, and writes the whole base as a .zip.</summary>
public static class ContentArchive
{
    public const int MaxEntries = 20_000;
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>The content files in an upload; a .zip is opened (bounded in entries and size, so a zip bomb is refused).</summary>
    public static List<ContentFile> Open(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        if (!name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFileReader.IsContentFileName(name)
                ? [new ContentFile(name, bytes)]
                : throw new ContentFormatException($"{name} is not a .md, .txt or .zip file.");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entries = zip.Entries.Where(e => ArticleFileReader.IsContentFileName(e.FullName)).ToList();
            if (entries.Count > MaxEntries)
            {
                throw new ContentFormatException($"{name} holds {entries.Count} articles; at most {MaxEntries} can be imported at once.");
            }

            long total = 0;
            var files = new List<ContentFile>();
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes || entry.Length > ArticleFileReader.MaxFileBytes)
                {
                    throw new ContentFormatException($"{name} unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MB or holds a file over {ArticleFileReader.MaxFileBytes / 1024 / 1024} MB.");
                }

                using var stream = entry.Open();
                using var copy = new MemoryStream((int)entry.Length);
                stream.CopyTo(copy);
                files.Add(new ContentFile(entry.FullName, copy.ToArray()));
            }

            return files;
        }
        catch (InvalidDataException e)
        {
            throw new ContentFormatException($"{name} is not a readable zip file: {e.Message}", e);
        }
    }

    /// <summary>Every article as {number}.md in the content format, in one .zip.</summary>
    public static byte[] Write(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var article in articles)
            {
                var entry = zip.CreateEntry(article.Number + ".md", CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new System.Text.UTF8Encoding(false));
                writer.Write(ArticleMarkdownWriter.Write(article));
            }
        }

        return buffer.ToArray();
    }
}
