using System.Globalization;
using System.Text;
using KbSite.Articles;

namespace KbSite.Content;

/// <summary>
/// Writes an article in the content format (YAML front matter + Markdown body). Reading the output back with
/// <see cref="MarkdownArticleReader"/> gives the same article: every string is written double-quoted and escaped.
/// </summary>
public static class ArticleMarkdownWriter
{
    public static string Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var y = new StringBuilder("---\n");
        Scalar(y, FrontMatterKeys.Id, article.Number);
        Scalar(y, FrontMatterKeys.Title, article.Title);
        Scalar(y, FrontMatterKeys.Product, article.Product);
        List(y, FrontMatterKeys.Versions, article.Versions);
        Scalar(y, FrontMatterKeys.Platform, article.Platform);
        Scalar(y, FrontMatterKeys.Category, article.Category);
        Date(y, FrontMatterKeys.Published, article.Published);
        Date(y, FrontMatterKeys.Modified, article.Modified);
        List(y, FrontMatterKeys.Keywords, article.Keywords);
        List(y, FrontMatterKeys.Technology, article.Technology);
        List(y, FrontMatterKeys.QueryWords, article.QueryWords);
        List(y, FrontMatterKeys.AppliesTo, article.AppliesTo);
        List(y, FrontMatterKeys.Related, article.Related);
        y.Append(FrontMatterKeys.Status).Append(": ").Append(article.StatusKind.ToName()).Append('\n');
        Scalar(y, FrontMatterKeys.FixedIn, article.FixedIn);
        if (article.State != ArticleState.Published)
        {
            y.Append(FrontMatterKeys.State).Append(": ").Append(article.State.ToString().ToLowerInvariant()).Append('\n');
        }

        Scalar(y, FrontMatterKeys.Copyright, article.Copyright);
        Scalar(y, FrontMatterKeys.Disclaimer, article.Disclaimer);
        if (article.Events.Count > 0)
        {
            y.Append(FrontMatterKeys.Events).Append(":\n");
            foreach (var e in article.Events.OrderBy(e => e.Order))
            {
                y.Append("  - source: ").Append(Quote(e.Source)).Append('\n');
                y.Append("    id: ").Append(e.EventId.ToString(CultureInfo.InvariantCulture)).Append('\n');
                if (e.Level.Length > 0)
                {
                    y.Append("    level: ").Append(Quote(e.Level)).Append('\n');
                }

                y.Append("    message: ").Append(Quote(e.Message)).Append('\n');
            }
        }

        y.Append("---\n");
        y.Append(article.Body);
        return y.ToString();
    }

    private static void Scalar(StringBuilder y, string key, string value)
    {
        if (value.Length > 0)
        {
            y.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static void Date(StringBuilder y, string key, DateOnly? value)
    {
        if (value is { } d)
        {
            y.Append(key).Append(": ").Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void List(StringBuilder y, string key, List<string> values)
    {
        if (values.Count > 0)
        {
            y.Append(key).Append(": [").AppendJoin(", ", values.Select(Quote)).Append("]\n");
        }
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    private static string Quote(string value)
    {
        var q = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': q.Append("\\\\"); break;
                case '"': q.Append("\\\""); break;
                case '\n': q.Append("\\n"); break;
                case '\r': q.Append("\\r"); break;
                case '\t': q.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        q.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        q.Append(c);
                    }

                    break;
            }
        }

        return q.Append('"').ToString();
    }
}
