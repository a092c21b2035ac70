using System.Text.RegularExpressions;
using KbSite.Articles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KbSite.Content;

/// <summary>
/// Reads Markdown articles as teams keep them: this format's YAML front matter, other systems' keys and front matters
/// (TOML, a Raneto comment, none at all), articles without a number or a title. Nothing is refused for a detail: a key
/// with no field is kept, a bad value is dropped, a missing title comes from the first "# heading", and each decision
/// is a note. A file is refused only when its front matter cannot be parsed at all. The fields that follow from the
/// body (status text, signatures printed in it) are set by <see cref="DerivedFields"/>, as the writer sets them.
/// </summary>
public static partial class MarkdownArticleReader
{
    [GeneratedRegex(@"^#[ \t]+(?<title>.+?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TopHeading();

    /// <summary>Reads <paramref name="text"/> and drops the notes (revisions the store wrote itself).</summary>
    public static Article Read(string text) => Read(text, new List<string>());

    /// <summary>
    /// Reads <paramref name="text"/>, adding a note for each key kept, value dropped or field found elsewhere;
    /// <paramref name="fileName"/> (when the text came from a file) supplies a number or a title the text lacks.
    /// An article may come back without a number: the importer assigns one.
    /// </summary>
    public static Article Read(string text, ICollection<string> notes, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(notes);
        var block = FrontMatterBlock.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal), notes);
        var article = new Article();
        string? statusSentence = null;
        var statusGiven = false;
        var body = block.Body;
        if (block.Style != FrontMatterStyle.None)
        {
            if (LoadMapping(block) is { } root)
            {
                statusSentence = FrontMatterFields.Apply(article, root, block.Yaml, notes);
                statusGiven = FrontMatterFields.GivesStatus(root);
            }
            else
            {
                notes.Add($"the lines between the first two \"---\" lines are not \"key: value\" lines; they were read as the start of the body.");
                body = block.Yaml + "\n\n" + body;
            }
        }

        body = TakeTitleHeading(article, body, notes);
        article.Body = body.Trim().Length == 0 ? "" : body.Trim('\n') + "\n";
        if (statusSentence is not null && MarkdownSections.Text(article.Body, "Status").Length == 0)
        {
            // A status given as a sentence becomes the Status section, where this format keeps the status text.
            article.Body = (article.Body.Length == 0 ? "" : article.Body + "\n") + "## Status\n\n" + statusSentence + "\n";
        }

        if (article.Number.Length == 0 && ArticleNumberSources.FromBody(article.Body) is { } fromBody)
        {
            article.Number = fromBody;
            notes.Add($"numbered {fromBody} from its \"Original KB number\" line.");
        }

        FileNameFacts.Fill(article, fileName, notes);

        ArticleFit.Apply(article, notes);
        DerivedFields.Apply(article);
        if (!statusGiven && article.StatusText.Length > 0)
        {
            // No status key: the Status section says it, as a classic STATUS section would.
            var reading = StatusStatement.Read(article.StatusText);
            article.StatusKind = reading.Kind;
            article.FixedIn = article.FixedIn.Length > 0 ? article.FixedIn : ArticleFit.Line(reading.FixedIn);
        }
        if (article.Events.Count > 0 && article.Events.All(e => e.FromBody))
        {
            notes.Add($"found {article.Events.Count} event signature{(article.Events.Count == 1 ? "" : "s")} in the body: {string.Join(", ", article.Events.Select(Describe).Take(10))}{(article.Events.Count > 10 ? ", ..." : "")}.");
        }

        return article;
    }

    private static string Describe(EventSignature e) => e.Source.Length > 0 ? $"{e.Source} {e.EventId}" : $"event {e.EventId}";

    /// <summary>Loads the YAML; null when it holds a single value or a list rather than keys. Broken YAML is refused with its file line.</summary>
    private static YamlMappingNode? LoadMapping(FrontMatterBlock block)
    {
        FrontMatterLimits.Check(block.Yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(block.Yaml));
        }
        catch (YamlException e)
        {
            var where = block.Style == FrontMatterStyle.Yaml ? $"near line {block.FirstLine + e.Start.Line - 1}" : "(as converted from its original form)";
            var reason = (e.InnerException?.Message ?? e.Message).Split(['\n', '\r'], 2)[0];
            throw new ContentFormatException($"the front matter is not valid YAML {where}: {reason}", e);
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
    }

    /// <summary>
    /// The first "# heading" of the body, when it opens the body: the title when the front matter has none, and left
    /// out of the body when it only repeats the title, so that a page does not show its title twice.
    /// </summary>
    private static string TakeTitleHeading(Article article, string body, ICollection<string> notes)
    {
        var lines = body.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || TopHeading().Match(lines[first]) is not { Success: true } heading)
        {
            return body;
        }

        var text = heading.Groups["title"].Value.Trim();
        if (article.Title.Length == 0)
        {
            article.Title = text;
            notes.Add($"the title \"{FrontMatterFields.Shorten(text)}\" was taken from the first heading.");
        }
        else if (!string.Equals(TextTools.Collapse(text), TextTools.Collapse(article.Title), StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        return string.Join('\n', lines[(first + 1)..]);
    }
}
