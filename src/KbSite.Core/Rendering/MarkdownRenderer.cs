using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KbSite.Rendering;

/// <summary>
/// Renders article Markdown to HTML that is safe to put in a page: raw HTML is shown as text, never executed, and links
/// or images with a scheme other than http, https, mailto or a relative path are defused.
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

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
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
