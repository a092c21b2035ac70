using KbSite.Articles;

namespace KbSite.Content;

/// <summary>What a file's name tells about an article that does not say it itself: a Q/KB number, and a title.</summary>
internal static class FileNameFacts
{
    public static void Fill(Article article, string? fileName, ICollection<string> notes)
    {
        if (fileName is null)
        {
            return;
        }

        if (article.Number.Length == 0 && ArticleNumberSources.FromFileName(fileName) is { } number)
        {
            article.Number = number;
            notes.Add($"numbered {number} from its file name.");
        }

        if (article.Title.Trim().Length == 0)
        {
            var name = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]).Replace('-', ' ').Replace('_', ' ');
            name = TextTools.Collapse(name);
            article.Title = name.Length == 0 ? "Untitled" : char.ToUpperInvariant(name[0]) + name[1..];
            notes.Add($"no title: \"{FrontMatterFields.Shorten(article.Title)}\" was made from the file name.");
        }
    }
}
