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
    /// <summary>The front-matter fields in the order they are written, and how each is read off an article; empty values are left out.</summary>
    private static readonly (string Key, Func<Article, object?> Value)[] Fields =
    [
        (FrontMatterKeys.Id, a => a.Number),
        (FrontMatterKeys.Title, a => a.Title),
        (FrontMatterKeys.Summary, a => a.Summary),
        (FrontMatterKeys.Author, a => a.Author),
        (FrontMatterKeys.Product, a => a.Product),
        (FrontMatterKeys.Versions, a => a.Versions),
        (FrontMatterKeys.Platform, a => a.Platform),
        (FrontMatterKeys.Category, a => a.Category),
        (FrontMatterKeys.Published, a => a.Published),
        (FrontMatterKeys.Modified, a => a.Modified),
        (FrontMatterKeys.Keywords, a => a.Keywords),
        (FrontMatterKeys.Technology, a => a.Technology),
        (FrontMatterKeys.QueryWords, a => a.QueryWords),
        (FrontMatterKeys.AppliesTo, a => a.AppliesTo),
        (FrontMatterKeys.Related, a => a.Related),
        (FrontMatterKeys.Status, a => new Bare(a.StatusKind.ToName())),
        (FrontMatterKeys.FixedIn, a => a.FixedIn),
        (FrontMatterKeys.State, a => new Bare(a.State == ArticleState.Published ? "" : a.State.ToString().ToLowerInvariant())),
        (FrontMatterKeys.Copyright, a => a.Copyright),
        (FrontMatterKeys.Disclaimer, a => a.Disclaimer),
    ];

    public static string Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var y = new StringBuilder("---\n");
        foreach (var (key, value) in Fields)
        {
            Append(y, key, value(article));
        }

        // Signatures found in the body are found there again when the file is read; only the article's own are written.
        var own = article.Events.Where(e => !e.FromBody).OrderBy(e => e.Order).ToList();
        if (own.Count > 0)
        {
            y.Append(FrontMatterKeys.Events).Append(":\n");
            foreach (var e in own)
            {
                y.Append("  - source: ").Append(YamlText.Quote(e.Source)).Append('\n');
                y.Append("    id: ").Append(e.EventId.ToString(CultureInfo.InvariantCulture)).Append('\n');
                if (e.Level.Length > 0)
                {
                    y.Append("    level: ").Append(YamlText.Quote(e.Level)).Append('\n');
                }

                y.Append("    message: ").Append(YamlText.Quote(e.Message)).Append('\n');
            }
        }

        if (article.OtherFrontMatter.Length > 0)
        {
            // Other systems' keys, as they came: written back so that nothing an import brought is lost.
            y.Append(article.OtherFrontMatter.TrimEnd('\n')).Append('\n');
        }

        y.Append("---\n");
        y.Append(article.Body);
        return y.ToString();
    }

    private static void Append(StringBuilder y, string key, object? value)
    {
        var text = value switch
        {
            string { Length: > 0 } s => YamlText.Quote(s),
            Bare { Text.Length: > 0 } bare => bare.Text,
            List<string> { Count: > 0 } list => "[" + string.Join(", ", list.Select(YamlText.Quote)) + "]",
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => null,
        };
        if (text is not null)
        {
            y.Append(key).Append(": ").Append(text).Append('\n');
        }
    }

    /// <summary>A value written as it is, without quotes (the names of kinds and states).</summary>
    private readonly record struct Bare(string Text);
}
