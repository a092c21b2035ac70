using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>Small text helpers shared by the content readers.</summary>
internal static partial class TextTools
{
    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Whitespace();

    /// <summary>Collapses every run of whitespace (newlines included) to one space and trims.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>"MORE INFORMATION" becomes "More information".</summary>
    public static string SentenceCase(string heading)
    {
        var lower = Collapse(heading).ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    /// <summary>Splits on commas, or on whitespace as well when <paramref name="splitOnSpaces"/> is set; drops empties.</summary>
    public static List<string> SplitList(string text, bool splitOnSpaces)
    {
        char[] separators = splitOnSpaces ? [',', ' ', '\t', '\n', '\r', ';'] : [',', ';'];
        return text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0)
            .ToList();
    }

    /// <summary>Where each of <paramref name="lines"/> (a text split on '\n') starts in the text, and one past its end.</summary>
    public static int[] LineStarts(string[] lines)
    {
        var starts = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            starts[i + 1] = starts[i] + lines[i].Length + 1;
        }

        return starts;
    }
}
