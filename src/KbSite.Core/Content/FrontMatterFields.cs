using System.Globalization;
using KbSite.Articles;
using YamlDotNet.RepresentationModel;

namespace KbSite.Content;

/// <summary>
/// Puts the keys of a loaded front matter into an article, leniently: a key this format or another system uses for a
/// field lands there (see <see cref="FrontMatterKeys.Aliases"/>); any other key is kept, as the YAML it was written in,
/// in <see cref="Article.OtherFrontMatter"/>; a value of the wrong kind is dropped. Every such decision is a note.
/// </summary>
internal sealed class FrontMatterFields
{
    private readonly Article article;
    private readonly ICollection<string> notes;
    private readonly HashSet<string> given = new(StringComparer.Ordinal);
    private readonly List<string> otherKeys = [];
    private readonly List<string> otherYaml = [];
    private string? statusSentence;
    private bool? draft;
    private bool dateIsModified;

    private FrontMatterFields(Article article, ICollection<string> notes)
    {
        this.article = article;
        this.notes = notes;
    }

    /// <summary>The status sentence the front matter gave instead of a kind, if any (the reader keeps it as the Status section).</summary>
    public static string? Apply(Article article, YamlMappingNode root, string yaml, ICollection<string> notes)
    {
        var fields = new FrontMatterFields(article, notes);
        var entries = root.Children.ToList();

        // Wiki.js writes "dateCreated" and, as "date", the last update; elsewhere "date" is the day of publication.
        fields.dateIsModified = entries.Any(e => e.Key is YamlScalarNode { Value: { } k } && k.Equals("dateCreated", StringComparison.OrdinalIgnoreCase));
        for (var i = 0; i < entries.Count; i++)
        {
            var (keyNode, value) = entries[i];
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                notes.Add($"a key at front-matter line {keyNode.Start.Line} is not a plain word; it and its value were left out.");
                continue;
            }

            // A key's YAML runs to the next key (node end marks are not reliable for block lists).
            var end = i + 1 < entries.Count ? (int)entries[i + 1].Key.Start.Index : yaml.Length;
            fields.Apply(key.Trim(), value, () => yaml[(int)keyNode.Start.Index..end].TrimEnd());
        }

        return fields.Finish();
    }

    private void Apply(string key, YamlNode value, Func<string> yamlOfKey)
    {
        var lower = key.ToLowerInvariant();
        if (lower == "draft")
        {
            draft = Flag(key, value) ?? draft;
            return;
        }

        // Wiki.js and Jekyll write "published: true/false" (shown or not); this format a date.
        if (lower == FrontMatterKeys.Published && value is YamlScalarNode { Value: { } shown } && IsBoolean(shown))
        {
            draft = !bool.Parse(NormalBoolean(shown));
            return;
        }

        var field = FrontMatterKeys.All.Contains(lower) ? lower
            : lower == "date" && dateIsModified ? FrontMatterKeys.Modified
            : FrontMatterKeys.Aliases.GetValueOrDefault(lower);
        if (field is null)
        {
            KeepOther(key, yamlOfKey);
            return;
        }

        if (!given.Add(field) && !IsList(field))
        {
            // The same fact twice (description and summary): the first one counts, the other is kept as it came.
            notes.Add($"\"{key}\" gives the {field} a second time; the first value is used.");
            if (!FrontMatterKeys.All.Contains(lower))
            {
                KeepOther(key, yamlOfKey);
            }

            return;
        }

        Set(field, key, value);
    }

    private void Set(string field, string key, YamlNode value)
    {
        switch (field)
        {
            case FrontMatterKeys.Id:
                if (Scalar(key, value) is { Length: > 0 } id)
                {
                    if (ArticleNumber.TryNormalize(id, out var number))
                    {
                        article.Number = number;
                    }
                    else
                    {
                        notes.Add($"\"{key}\" is \"{Shorten(id)}\", which is not an article number (Q followed by digits); the article is numbered another way.");
                        given.Remove(field);
                    }
                }

                break;
            case FrontMatterKeys.Title: article.Title = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Summary: article.Summary = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Author: article.Author = string.Join(", ", List(key, value, splitOnSpaces: false, splitOnCommas: false)); break;
            case FrontMatterKeys.Product: article.Product = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Platform: article.Platform = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Category: article.Category = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.FixedIn: article.FixedIn = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Copyright: article.Copyright = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Disclaimer: article.Disclaimer = Scalar(key, value) ?? ""; break;
            case FrontMatterKeys.Versions: AddDistinct(article.Versions, List(key, value, splitOnSpaces: false)); break;
            case FrontMatterKeys.Keywords: AddDistinct(article.Keywords, List(key, value, splitOnSpaces: true)); break;
            case FrontMatterKeys.Technology: AddDistinct(article.Technology, List(key, value, splitOnSpaces: true)); break;
            case FrontMatterKeys.QueryWords: AddDistinct(article.QueryWords, List(key, value, splitOnSpaces: false)); break;
            case FrontMatterKeys.AppliesTo: AddDistinct(article.AppliesTo, List(key, value, splitOnSpaces: false)); break;
            case FrontMatterKeys.Related: AddDistinct(article.Related, RelatedNumbers(key, value)); break;
            case FrontMatterKeys.Published: article.Published = Date(key, value); break;
            case FrontMatterKeys.Modified: article.Modified = Date(key, value); break;
            case FrontMatterKeys.Status: Status(key, value); break;
            case FrontMatterKeys.State:
                var state = Scalar(key, value) ?? "";
                if (Enum.TryParse<ArticleState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(state, CultureInfo.InvariantCulture, out _))
                {
                    article.State = s;
                }
                else if (state.Length > 0)
                {
                    notes.Add($"\"{key}\" is \"{Shorten(state)}\", not draft, published or retired; the value was dropped.");
                    given.Remove(field);
                }

                break;
            case FrontMatterKeys.Events: article.Events = FrontMatterEvents.Read(key, value, notes); break;
        }
    }

    private string? Finish()
    {
        if (draft == true && !given.Contains(FrontMatterKeys.State))
        {
            article.State = ArticleState.Draft;
        }

        if (otherKeys.Count > 0)
        {
            article.OtherFrontMatter = string.Join('\n', otherYaml);
            notes.Add($"kept {otherKeys.Count} other key{(otherKeys.Count == 1 ? "" : "s")} as they came ({string.Join(", ", otherKeys)}): shown to editors, written back on export.");
        }

        if (statusSentence is not null && article.FixedIn.Length == 0)
        {
            article.FixedIn = StatusStatement.Read(statusSentence).FixedIn;
        }

        return statusSentence;
    }

    /// <summary>Whether the front matter gave a status (a kind or a sentence); without one the body's Status section is classified.</summary>
    public static bool GivesStatus(YamlMappingNode root) =>
        root.Children.Keys.Any(k => k is YamlScalarNode { Value: { } name } && name.Equals(FrontMatterKeys.Status, StringComparison.OrdinalIgnoreCase));

    private void Status(string key, YamlNode value)
    {
        var text = Scalar(key, value) ?? "";
        if (text.Length == 0)
        {
            return;
        }

        if (StatusKindNames.TryParse(text, out var kind))
        {
            article.StatusKind = kind;
            return;
        }

        // Some systems keep their workflow state under "status".
        switch (text.ToLowerInvariant())
        {
            case "draft" or "in review" or "review" or "unpublished":
                draft = true;
                notes.Add($"\"{key}: {text}\" is read as a draft.");
                return;
            case "published" or "live" or "active":
                return;
            case "retired" or "archived" or "deprecated" or "obsolete":
                article.State = ArticleState.Retired;
                given.Add(FrontMatterKeys.State);
                notes.Add($"\"{key}: {text}\" is read as retired.");
                return;
        }

        statusSentence = text;
        article.StatusKind = StatusStatement.Read(text).Kind;
        notes.Add($"\"{key}\" is a sentence, read as {article.StatusKind.ToName()} and kept as the status text.");
    }

    private void KeepOther(string key, Func<string> yamlOfKey)
    {
        otherKeys.Add(key);
        otherYaml.Add(yamlOfKey());
    }

    private string? Scalar(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return (scalar.Value ?? "").Trim();
        }

        notes.Add($"\"{key}\" (front-matter line {node.Start.Line}) is a {KindOf(node)} where one value belongs; the value was dropped.");
        return null;
    }

    private List<string> List(string key, YamlNode node, bool splitOnSpaces, bool splitOnCommas = true)
    {
        switch (node)
        {
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        items.Add(v.Trim());
                    }
                    else if (child is not YamlScalarNode)
                    {
                        notes.Add($"an item of \"{key}\" (front-matter line {child.Start.Line}) is a {KindOf(child)}, not a value; it was dropped.");
                    }
                }

                return items;
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                return splitOnCommas ? TextTools.SplitList(text, splitOnSpaces) : text.Trim().Length > 0 ? [text.Trim()] : [];
            default:
                notes.Add($"\"{key}\" (front-matter line {node.Start.Line}) is a mapping where a list belongs; the value was dropped.");
                return [];
        }
    }

    private IEnumerable<string> RelatedNumbers(string key, YamlNode node)
    {
        foreach (var item in List(key, node, splitOnSpaces: true))
        {
            if (ArticleNumber.TryNormalize(item, out var number))
            {
                yield return number;
            }
            else
            {
                notes.Add($"\"{key}\" names \"{Shorten(item)}\", which is not an article number; it was dropped.");
            }
        }
    }

    private DateOnly? Date(string key, YamlNode node)
    {
        var text = Scalar(key, node);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (ContentDates.TryParse(text, out var date))
        {
            return date;
        }

        notes.Add($"\"{key}\" is \"{Shorten(text)}\", which is not a date (such as 1999-03-28); the value was dropped.");
        return null;
    }

    private bool? Flag(string key, YamlNode node)
    {
        var text = Scalar(key, node);
        if (text is not null && IsBoolean(text))
        {
            return bool.Parse(NormalBoolean(text));
        }

        if (text is { Length: > 0 })
        {
            notes.Add($"\"{key}\" is \"{Shorten(text)}\", not true or false; the value was dropped.");
        }

        return null;
    }

    private static bool IsBoolean(string text) => NormalBoolean(text) is "true" or "false";

    private static string NormalBoolean(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => "true",
        "false" or "no" or "off" => "false",
        var other => other,
    };

    private static bool IsList(string field) => field is FrontMatterKeys.Versions or FrontMatterKeys.Keywords or FrontMatterKeys.Technology
        or FrontMatterKeys.QueryWords or FrontMatterKeys.AppliesTo or FrontMatterKeys.Related;

    private static void AddDistinct(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!list.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(item);
            }
        }
    }

    private static string KindOf(YamlNode node) => node is YamlSequenceNode ? "list" : "mapping";

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
