using System.Globalization;

namespace KbSite.Articles;

/// <summary>Windows event ids: whole numbers from 0 to 65535, written in digits only.</summary>
public static class EventIds
{
    public const int Max = ushort.MaxValue;

    /// <summary>The id the text spells, or null when it is not digits only or is out of range.</summary>
    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id <= Max ? id : null;
}
