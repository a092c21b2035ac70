using System.Text.RegularExpressions;

namespace KbSite.Search;

/// <summary>
/// Plain text of a Markdown body for indexing and snippets: markup gone, words (code blocks included) kept. Every
/// pattern here runs on the non-backtracking engine, so the time is linear in the size of the body whatever it holds
/// (a line of thousands of spaces, thousands of unclosed brackets).
/// </summary>
public static partial class MarkdownText
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^[ \t]*```.*$", Linear | RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"!?\[([^\]\n]*)\]\([^)\n]*\)", Linear)]
    private static partial Regex Link();

    [GeneratedRegex(@"^[ \t]{0,3}(#{1,6}|>|[-*+]|\d+\.)[ \t]+", Linear | RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>])", Linear)]
    private static partial Regex Escape();

    // Emphasis and table characters, and table rule lines ("|---|:--:|").
    [GeneratedRegex(@"[*_`|]+|^[ \t]*[-:|][-:| \t]{2,}$", Linear | RegexOptions.Multiline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"[ \t]*\n[ \t\n]*", Linear)]
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
