using System.Globalization;
using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>
/// Article numbers in their canonical form "Q" + digits. Readers type them as Q152877, KB152877 or 152877;
/// all three name the same article.
/// </summary>
public static partial class ArticleNumber
{
    public const int MaxDigits = 9;

    /// <summary>The longest canonical number: "Q" and <see cref="MaxDigits"/> digits.</summary>
    public const int MaxLength = 1 + MaxDigits;

    // Applied to trimmed, short text: spaces only between the prefix and the digits, so no two runs compete.
    [GeneratedRegex(@"^(?:(?:Q|KB)\s*)?0*(\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AnyForm();

    [GeneratedRegex(@"^Q[1-9]\d{0,8}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CanonicalForm();

    /// <summary>Turns "kb152877", "Q152877" or " 152877 " into "Q152877"; false for anything else.</summary>
    public static bool TryNormalize(string? text, out string number)
    {
        number = "";
        if (text is null)
        {
            return false;
        }

        text = text.Trim();
        if (text.Length > MaxLength + 8)
        {
            return false;
        }

        var match = AnyForm().Match(text);
        if (!match.Success || match.Groups[1].Value.All(c => c == '0'))
        {
            return false;
        }

        number = "Q" + match.Groups[1].Value;
        return true;
    }

    /// <summary>True when the text is already canonical (what the store keeps).</summary>
    public static bool IsCanonical(string? text) => text is not null && CanonicalForm().IsMatch(text);

    /// <summary>The digits alone ("152877"), for search terms.</summary>
    public static string Digits(string canonical) => canonical[1..];
}
