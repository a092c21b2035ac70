using System.Globalization;

namespace KbSite.Articles;

/// <summary>Orders version strings by their numeric parts ("4.0" &lt; "5.5" &lt; "10.0"), falling back to text.</summary>
public sealed class VersionComparer : IComparer<string>
{
    public static VersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x);
        var b = Parts(y);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
    }

    private static int[] Parts(string? version) =>
        (version ?? "").Split(['.', ' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToArray();
}
