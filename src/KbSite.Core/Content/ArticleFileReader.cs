using System.Text;
using System.Text.RegularExpressions;
using KbSite.Articles;

namespace KbSite.Content;

/// <summary>An article as read from a file, with the reader's notes (keys kept, values dropped, signatures found).</summary>
public sealed record ArticleRead(Article Article, IReadOnlyList<string> Notes);

/// <summary>Reads one content file in either format: classic KB text (starts with DOCUMENT:) or Markdown with front matter.</summary>
public static class ArticleFileReader
{
    public const int MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsContentFileName(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The article in the file, and notes on what was kept, dropped or found elsewhere; throws
    /// <see cref="ContentFormatException"/> with a reason an editor can act on when the file cannot be read at all.
    /// The article may have no number yet (the importer assigns one). The article rules are checked when it is
    /// written (see ArticleWriter), as for every other way in.
    /// </summary>
    public static ArticleRead Read(ContentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.Length > MaxFileBytes)
        {
            throw new ContentFormatException($"the file is {file.Bytes.Length / 1024} KB; an article file may be at most {MaxFileBytes / 1024 / 1024} MB.");
        }

        var text = Decode(file.Bytes);
        if (text.Trim().Length == 0)
        {
            throw new ContentFormatException("the file is empty.");
        }

        try
        {
            var notes = new List<string>();
            var article = ClassicKbReader.LooksClassic(text) ? ClassicKbReader.Read(text, notes, file.Name) : MarkdownArticleReader.Read(text, notes, file.Name);
            return new ArticleRead(article, notes);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ContentFormatException($"reading the file took longer than {RegexLimits.TimeoutMilliseconds / 1000} seconds at one place; it is not imported.");
        }
    }

    /// <summary>UTF-8 (with or without BOM); old KB .TXT files in Windows-1252 are read as Latin-1.</summary>
    private static string Decode(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ContentFormatException("the file is binary, not text.");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
