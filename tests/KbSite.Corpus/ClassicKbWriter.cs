using System.Globalization;
using System.Text;
using KbSite.Articles;

namespace KbSite.Corpus;

/// <summary>Writes an article in the classic multi-line KB text layout, so the classic importer can be exercised at scale.</summary>
public static class ClassicKbWriter
{
    private const int Width = 72;

    public static string Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var t = new StringBuilder();
        var date = (article.Modified ?? new DateOnly(1999, 1, 1)).ToString("dd-MMM-yyyy", CultureInfo.InvariantCulture).ToUpperInvariant();
        t.Append($"DOCUMENT:{article.Number}  {date}  [{article.Category}]\n");
        t.Append($"TITLE   :{article.Title}\n");
        t.Append($"PRODUCT :{article.Product}\n");
        t.Append($"PROD/VER:{article.Platform}:{string.Join(',', article.Versions)}\n");
        t.Append("OPER/SYS:\n");
        t.Append($"KEYWORDS:{string.Join(' ', article.Keywords)}\n\n");
        t.Append(new string('=', 70)).Append('\n').Append(new string('-', 79)).Append('\n');
        t.Append("The information in this article applies to:\n\n");
        foreach (var line in article.AppliesTo)
        {
            t.Append(" - ").Append(line).Append('\n');
        }

        t.Append(new string('-', 79)).Append("\n\n");
        foreach (var (heading, text) in Sections(article.Body))
        {
            t.Append(heading.ToUpperInvariant()).Append('\n').Append(new string('=', heading.Length)).Append("\n\n");
            t.Append(text).Append('\n');
        }

        // Classic query words are single words: a spaced-out word is written joined, as the old articles did.
        var queryWords = article.QueryWords.Select(q => q.Replace(" ", "", StringComparison.Ordinal)).ToList();
        if (queryWords.Count > 0)
        {
            t.Append("Additional query words: ").Append(string.Join(' ', queryWords)).Append("\n\n");
        }

        t.Append(new string('=', 70)).Append('\n');
        t.Append($"Keywords          : {string.Join(' ', article.Keywords)}\n");
        t.Append($"Technology        : {string.Join(' ', article.Technology)}\n");
        t.Append($"Version           : {article.Platform}:{string.Join(',', article.Versions)}\n");
        return t.ToString();
    }

    /// <summary>Splits a generated Markdown body into (heading, text) with prose wrapped and code blocks as indented event blocks.</summary>
    private static IEnumerable<(string Heading, string Text)> Sections(string body)
    {
        foreach (var chunk in body.Split("## ", StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = chunk.IndexOf('\n', StringComparison.Ordinal);
            var heading = chunk[..newline].Trim();
            var text = new StringBuilder();
            var inCode = false;
            foreach (var paragraph in chunk[(newline + 1)..].Split("\n\n"))
            {
                var p = paragraph.Trim('\n');
                if (p.Length == 0)
                {
                    continue;
                }

                if (p.StartsWith("```", StringComparison.Ordinal))
                {
                    var lines = p.Split('\n').Where(l => !l.StartsWith("```", StringComparison.Ordinal));
                    foreach (var line in lines)
                    {
                        text.Append(Wrap(line, "   "));
                    }

                    text.Append('\n');
                    inCode = false;
                }
                else if (!inCode)
                {
                    foreach (var line in p.Split('\n'))
                    {
                        text.Append(Wrap(line, ""));
                    }

                    text.Append('\n');
                }
            }

            yield return (heading, text.ToString());
        }
    }

    private static string Wrap(string line, string indent)
    {
        var result = new StringBuilder();
        var current = new StringBuilder(indent);
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > indent.Length && current.Length + 1 + word.Length > Width)
            {
                result.Append(current).Append('\n');
                current.Clear().Append(indent);
            }

            if (current.Length > indent.Length)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        return result.Append(current).Append('\n').ToString();
    }
}
