using System.Globalization;
using KbSite.Articles;

namespace KbSite.Matching.Pastes;

/// <summary>What every paste reader does alike to the values it reads.</summary>
internal static class PasteText
{
    /// <summary>Leading digits as an event id ("1004" and "1004 (0x3EC)"), or null.</summary>
    public static int? EventId(string text)
    {
        var digits = new string(text.Trim().TakeWhile(char.IsDigit).ToArray());
        return EventIds.Parse(digits);
    }

    /// <summary>Get-EventLog's InstanceId carries the event id in its low 16 bits.</summary>
    public static int? FromInstanceId(string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (int)(id & 0xFFFF) : null;

    /// <summary>A message as one line, at most <see cref="EventPasteParser.MaxMessageLength"/> characters.</summary>
    public static string Message(string text)
    {
        var message = TextTools.Collapse(text);
        return message.Length <= EventPasteParser.MaxMessageLength ? message : message[..EventPasteParser.MaxMessageLength];
    }
}
