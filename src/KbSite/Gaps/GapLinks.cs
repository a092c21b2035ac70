using System.Globalization;

namespace KbSite.Gaps;

/// <summary>Where "Write an article for this" goes: the new-article editor, pre-filled through its query string.</summary>
public static class GapLinks
{
    public static string WriteArticle(GapRow gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        if (gap.Kind == GapKind.Search)
        {
            return "/admin/articles/new?title=" + Uri.EscapeDataString(Capitalised(gap.Text));
        }

        var id = gap.EventId?.ToString(CultureInfo.InvariantCulture) ?? "";
        var title = gap.EventId is null ? $"{gap.Source} event" : $"{gap.Source} event {id}";
        var words = string.Join(' ', gap.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !w.StartsWith('%')).Take(8));
        if (words.Length > 0)
        {
            title += ": " + words.TrimEnd('.', ',', ':', ';');
        }

        return "/admin/articles/new?title=" + Uri.EscapeDataString(title)
            + "&source=" + Uri.EscapeDataString(gap.Source)
            + "&eventId=" + id
            + "&message=" + Uri.EscapeDataString(gap.Text);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
