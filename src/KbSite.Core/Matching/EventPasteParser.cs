using System.Text.RegularExpressions;
using KbSite.Matching.Pastes;

namespace KbSite.Matching;

/// <summary>
/// Reads the events out of whatever a troubleshooter pastes, trying one reader per format in a fixed order; the first
/// that finds an event wins. Partial pastes give what they hold. Never throws; linear in the size of the paste.
/// </summary>
public static class EventPasteParser
{
    public const int MaxEvents = 50;
    public const int MaxMessageLength = 8_000;

    private static readonly XmlPasteReader Xml = new();

    /// <summary>The order in which formats are tried, and when each is worth trying.</summary>
    private static readonly (Func<string, bool> Applies, IPasteReader Reader)[] ReadersInOrder =
    [
        // A paste that starts with XML is read as XML.
        (StartsWithXml, Xml),
        (_ => true, new CsvPasteReader()),
        // Event Viewer's "Copy details" ends with the event's XML: its labelled text (with the rendered description)
        // comes first and wins.
        (_ => true, new LabelledPasteReader()),
        (text => !StartsWithXml(text) && text.Contains("<Event", StringComparison.Ordinal), Xml),
        (_ => true, new NtStylePasteReader()),
    ];

    private static readonly PlainPasteReader Plain = new();

    public static IReadOnlyList<PastedEvent> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        try
        {
            foreach (var (applies, reader) in ReadersInOrder)
            {
                if (applies(text) && reader.Read(text) is { Count: > 0 } events)
                {
                    return events;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Fall through to the bare message: matching on the words still works.
        }

        return Plain.Read(text);
    }

    private static bool StartsWithXml(string text) => text.TrimStart().StartsWith('<');
}
