using System.Globalization;
using System.Text.RegularExpressions;

namespace KbSite.Content;

/// <summary>
/// The dates front matters carry: 1999-03-28 (with or without a time, as Hugo, Jekyll and Wiki.js write it: the day
/// as written, whatever the zone), 28-MAR-1999 (classic KB), 03/28/1999 (docs sites' ms.date, month first).
/// </summary>
internal static partial class ContentDates
{
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+)?\s*(?:Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IsoDay();

    private static readonly string[] OtherFormats = ["d-MMM-yyyy", "MM/dd/yyyy", "M/d/yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy"];

    public static bool TryParse(string text, out DateOnly date)
    {
        text = text.Trim();
        var iso = text.Length <= 40 ? IsoDay().Match(text) : Match.Empty;
        return iso.Success
            ? DateOnly.TryParseExact(iso.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            : DateOnly.TryParseExact(text, OtherFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }
}
