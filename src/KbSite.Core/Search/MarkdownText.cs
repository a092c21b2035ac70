using System.Text.RegularExpressions;

namespace KbSite.Search;

/// <summary>Plain text of a Markdown body for indexing and snippets: markup gone, words (code blocks included) kept.</summary>
public static partial class MarkdownText
{
    [GeneratedRegex(@"^\s*```.*$", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"[*_`|]+|^\s*[-:| ]{3,}\s*$", RegexOptions.Multiline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"[ \t]*\n[ \t\n]*")]
    private static partial Regex Lines();

    public static string ToPlain(string markdown)
    {
        var text = Fence().Replace(markdown ?? "", "");
        text = Link().Replace(text, "$1");
        text = LinePrefix().Replace(text, "");
        text = Escape().Replace(text, "$1");
        text = Markup().Replace(text, " ");
        return Lines().Replace(text, "\n").Trim();
    }
}
