using System.Text.RegularExpressions;
using KbSite.Articles;

namespace KbSite.Content;

/// <summary>
/// Where an article without an "id" finds its number: an "Original KB number: 2000123" line in its body (support
/// articles moved to documentation sites keep one), or a Q/KB number in its file name ("kb2000123-mta-stops.md").
/// </summary>
public static partial class ArticleNumberSources
{
    // Docs sites write it as "_Original KB number:_ &nbsp; 2000123".
    [GeneratedRegex(@"Original KB number[^A-Za-z0-9]{0,8}(?:&nbsp;\s*)?(?:KB|Q)?\s*(\d{1,9})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OriginalNumberLine();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:KB|Q)[-_ ]?(\d{3,9})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NumberInName();

    public static string? FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var match = OriginalNumberLine().Match(body);
        return match.Success && ArticleNumber.TryNormalize(match.Groups[1].Value, out var number) ? number : null;
    }

    /// <summary>The number in the last part of a path, without its extension.</summary>
    public static string? FromFileName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var match = NumberInName().Match(Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]));
        return match.Success && ArticleNumber.TryNormalize(match.Groups[1].Value, out var number) ? number : null;
    }
}
