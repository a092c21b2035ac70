using System.Globalization;
using KbSite.Articles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KbSite.Content;

/// <summary>
/// Reads the content format: Markdown with a YAML front matter between "---" lines. Every key is checked; a wrong
/// or unknown key is an error that names the key, so a typo never silently drops a fact. The fields that follow from
/// the body (status text, signatures printed in it) are set by <see cref="DerivedFields"/>, as the writer sets them.
/// </summary>
public static class MarkdownArticleReader
{
    public static Article Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (yaml, body) = SplitFrontMatter(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var root = LoadMapping(yaml);
        var article = new Article { Body = body.Trim().Length == 0 ? "" : body.Trim('\n') + "\n" };

        foreach (var (keyNode, value) in root.Children)
        {
            Apply(article, KeyOf(keyNode), value);
        }

        if (article.Number.Length == 0)
        {
            throw new ContentFormatException("the front matter has no \"id\" (the article number, such as Q152877).");
        }

        if (article.Title.Length == 0)
        {
            throw new ContentFormatException("the front matter has no \"title\".");
        }

        DerivedFields.Apply(article);
        return article;
    }

    private static (string Yaml, string Body) SplitFrontMatter(string text)
    {
        var lines = text.Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first == lines.Length || lines[first].TrimEnd() != "---")
        {
            throw new ContentFormatException("the file does not start with a YAML front matter (a line \"---\", the keys, and another \"---\").");
        }

        for (var i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join('\n', lines[(first + 1)..i]), string.Join('\n', lines[(i + 1)..]));
            }
        }

        throw new ContentFormatException("the front matter is not closed: no second \"---\" line.");
    }

    private static YamlMappingNode LoadMapping(string yaml)
    {
        FrontMatterLimits.Check(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // Front-matter lines start after the opening "---", hence +1.
            var line = e.Start.Line + 1;
            var reason = (e.InnerException?.Message ?? e.Message).Split(['\n', '\r'], 2)[0];
            throw new ContentFormatException($"the front matter is not valid YAML near line {line}: {reason}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ContentFormatException("the front matter is not a list of \"key: value\" lines.");
        }

        return root;
    }

    private static void Apply(Article article, string key, YamlNode value)
    {
        switch (key)
        {
            case FrontMatterKeys.Id:
                var id = Scalar(key, value);
                article.Number = ArticleNumber.TryNormalize(id, out var number)
                    ? number
                    : throw new ContentFormatException($"\"id\" is \"{id}\", which is not an article number (Q followed by digits, such as Q152877).");
                break;
            case FrontMatterKeys.Title: article.Title = Scalar(key, value); break;
            case FrontMatterKeys.Product: article.Product = Scalar(key, value); break;
            case FrontMatterKeys.Platform: article.Platform = Scalar(key, value); break;
            case FrontMatterKeys.Category: article.Category = Scalar(key, value); break;
            case FrontMatterKeys.FixedIn: article.FixedIn = Scalar(key, value); break;
            case FrontMatterKeys.Copyright: article.Copyright = Scalar(key, value); break;
            case FrontMatterKeys.Disclaimer: article.Disclaimer = Scalar(key, value); break;
            case FrontMatterKeys.Versions: article.Versions = List(key, value, splitOnSpaces: false); break;
            case FrontMatterKeys.Keywords: article.Keywords = List(key, value, splitOnSpaces: true); break;
            case FrontMatterKeys.Technology: article.Technology = List(key, value, splitOnSpaces: true); break;
            case FrontMatterKeys.QueryWords: article.QueryWords = List(key, value, splitOnSpaces: false); break;
            case FrontMatterKeys.AppliesTo: article.AppliesTo = List(key, value, splitOnSpaces: false); break;
            case FrontMatterKeys.Related: article.Related = List(key, value, splitOnSpaces: true).Select(r => RelatedNumber(r)).ToList(); break;
            case FrontMatterKeys.Published: article.Published = Date(key, value); break;
            case FrontMatterKeys.Modified: article.Modified = Date(key, value); break;
            case FrontMatterKeys.Status:
                var status = Scalar(key, value);
                article.StatusKind = StatusKindNames.TryParse(status, out var kind)
                    ? kind
                    : throw new ContentFormatException($"\"status\" is \"{status}\"; use one of {string.Join(", ", StatusKindNames.All)}.");
                break;
            case FrontMatterKeys.State:
                var state = Scalar(key, value);
                article.State = Enum.TryParse<ArticleState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(state, CultureInfo.InvariantCulture, out _)
                    ? s
                    : throw new ContentFormatException($"\"state\" is \"{state}\"; use draft, published or retired.");
                break;
            case FrontMatterKeys.Events: article.Events = Events(value); break;
            default:
                throw new ContentFormatException($"unknown front-matter key \"{key}\"; the keys are {string.Join(", ", FrontMatterKeys.All)}.");
        }
    }

    /// <summary>A key is a plain word; a list or a mapping as a key ("? [a, b]", "{a: b}: c") is refused.</summary>
    private static string KeyOf(YamlNode key) => key is YamlScalarNode { Value: { } name }
        ? name
        : throw new ContentFormatException($"the front matter has a key at line {key.Start.Line + 1} that is not a plain word.");

    private static string RelatedNumber(string text) =>
        ArticleNumber.TryNormalize(text, out var n) ? n : throw new ContentFormatException($"\"related\" names \"{text}\", which is not an article number.");

    private static string Scalar(string key, YamlNode node) => node switch
    {
        YamlScalarNode scalar => (scalar.Value ?? "").Trim(),
        _ => throw new ContentFormatException($"\"{key}\" (line {node.Start.Line + 1}) must be a single value, not a list or a mapping."),
    };

    private static List<string> List(string key, YamlNode node, bool splitOnSpaces) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(key, c)).Where(s => s.Length > 0).ToList(),
        YamlScalarNode scalar => TextTools.SplitList(scalar.Value ?? "", splitOnSpaces),
        _ => throw new ContentFormatException($"\"{key}\" (line {node.Start.Line + 1}) must be a list or a comma-separated value."),
    };

    private static DateOnly? Date(string key, YamlNode node)
    {
        var text = Scalar(key, node);
        if (text.Length == 0)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "d-MMM-yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ContentFormatException($"\"{key}\" is \"{text}\", which is not a date of the form 1999-03-28.");
    }

    private static List<EventSignature> Events(YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            throw new ContentFormatException($"\"events\" (line {node.Start.Line + 1}) must be a list of {{source, id, level, message}} entries.");
        }

        var events = new List<EventSignature>();
        foreach (var item in seq.Children)
        {
            var n = events.Count + 1;
            if (item is not YamlMappingNode map)
            {
                throw new ContentFormatException($"event {n} (line {item.Start.Line + 1}) must be a mapping with source, id, level and message.");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var name = KeyOf(k);
                if (!FrontMatterKeys.EventKeys.Contains(name))
                {
                    throw new ContentFormatException($"event {n} has an unknown key \"{name}\"; the keys are source, id, level and message.");
                }

                values[name] = Scalar($"events[{n}].{name}", v);
            }

            var idText = values.GetValueOrDefault("id", "");
            if (EventIds.Parse(idText) is not { } eventId)
            {
                throw new ContentFormatException($"event {n} has id \"{idText}\"; an event id is a whole number from 0 to 65535.");
            }

            var message = values.GetValueOrDefault("message", "");
            if (message.Length == 0)
            {
                throw new ContentFormatException($"event {n} (id {eventId}) has no message.");
            }

            events.Add(EventSignature.At(events.Count, values.GetValueOrDefault("source", ""), eventId, values.GetValueOrDefault("level", ""), message));
        }

        return events;
    }
}
