using System.Net;
using System.Text;
using KbSite.Articles;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KbSite.Rendering;

/// <summary>
/// Renders article Markdown to HTML that is safe to put in a page: raw HTML is shown as text, never executed, and links
/// or images with a scheme other than http, https, mailto or a relative path are defused. Rendering is bounded in time
/// whatever the text: Markdig's cost grows with the square of a paragraph's link and autolink attempts, so a paragraph
/// loaded far beyond what prose holds is shown as literal text, and a body nested too deeply (or that Markdig refuses)
/// is shown as plain text rather than failing the page.
/// </summary>
public static class MarkdownRenderer
{
    // Built once: a Markdig pipeline is immutable and thread-safe. Generic attributes ({onclick=...}) are deliberately not enabled.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoIdentifiers()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    /// <summary>A paragraph longer than this, or with more link openers or delimiters than below, is shown literally.</summary>
    private const int MaxFormattedParagraph = 16 * 1024;
    private const int MaxLinkOpeners = 256;
    private const int MaxDelimiters = 1024;

    public static string ToHtml(string markdown)
    {
        markdown ??= "";
        if (MarkdownNesting.Depth(markdown) > MarkdownNesting.MaxDepth)
        {
            return PlainText(markdown);
        }

        try
        {
            return Render(Defuse(markdown));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Markdig refuses some inputs ("too deeply nested"); the article is still shown.
            return PlainText(markdown);
        }
    }

    private static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>The text as paragraphs of plain, encoded text: what is shown when the Markdown cannot be formatted safely.</summary>
    private static string PlainText(string markdown) =>
        "<pre class=\"plain-text\">" + WebUtility.HtmlEncode(markdown) + "</pre>";

    /// <summary>Paragraphs (outside fenced code) loaded far beyond prose have their Markdown punctuation escaped, so they are parsed in linear time.</summary>
    private static string Defuse(string markdown)
    {
        var lines = markdown.Split('\n');
        var result = new StringBuilder(markdown.Length);
        var fenced = false;
        var paragraph = new List<string>();
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                fenced = !fenced;
                result.Append(line).Append('\n');
            }
            else if (fenced || line.Trim().Length == 0)
            {
                Flush();
                result.Append(line).Append('\n');
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return result.ToString(0, Math.Max(0, result.Length - 1));

        void Flush()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var heavy = IsHeavy(paragraph);
            foreach (var line in paragraph)
            {
                result.Append(heavy ? Escape(line) : line).Append('\n');
            }

            paragraph.Clear();
        }
    }

    private static bool IsHeavy(List<string> paragraph)
    {
        int length = 0, openers = 0, delimiters = 0;
        foreach (var line in paragraph)
        {
            length += line.Length + 1;
            openers += line.Count(c => c == '[') + Occurrences(line, "://") + Occurrences(line, "www.");
            delimiters += line.Count(c => c is '*' or '_' or '~' or '`');
        }

        return length > MaxFormattedParagraph || openers > MaxLinkOpeners || delimiters > MaxDelimiters;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every ASCII punctuation character backslash-escaped: it then stands for itself, and no link or autolink is attempted.</summary>
    private static string Escape(string line)
    {
        var escaped = new StringBuilder(line.Length * 2);
        foreach (var c in line)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '\t' || c > 127)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append('\\').Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Relative URLs and the few schemes a KB article needs; everything else (javascript:, data:, vbscript:) is refused.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so compare without them.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon))
        {
            return true;
        }

        return SafeSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
