using System.Xml;

namespace KbSite.Articles;

/// <summary>
/// One &lt;Event&gt; of event XML: its provider, id, level and message; without RenderingInfo the message is its
/// insertion strings (<paramref name="Inserts"/>) joined, and <paramref name="Rendered"/> is false.
/// </summary>
public sealed record XmlEvent(string Source, int? Id, string Level, string Message, IReadOnlyList<string> Inserts, bool Rendered);

/// <summary>
/// Reads event XML (wevtutil /f:xml, Event Viewer's XML view, the end of "Copy details"), with or without
/// RenderingInfo, for pastes and for article bodies alike. No DTDs, no resolver, bounded size; truncated or broken XML
/// gives the events read so far.
/// </summary>
public static class EventXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = ConformanceLevel.Fragment,
        IgnoreComments = true,
        MaxCharactersInDocument = 1_000_000,
    };

    public static IReadOnlyList<XmlEvent> Read(string text, int maxEvents)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.IndexOf('<', StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var events = new List<XmlEvent>();
        using var reader = XmlReader.Create(new StringReader(text[start..]), Settings);
        Builder? current = null;
        try
        {
            reader.Read();
            while (!reader.EOF && events.Count < maxEvents)
            {
                // ReadElementContentAsString moves past the element itself, so only other nodes call Read().
                if (reader.NodeType == XmlNodeType.Element && current is not null && reader.LocalName is "EventID" or "Level" or "Data" or "Message")
                {
                    current.Set(reader.LocalName, reader.ReadElementContentAsString());
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Event")
                {
                    current = new Builder();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Provider" && current is not null)
                {
                    current.Source = reader.GetAttribute("EventSourceName") ?? reader.GetAttribute("Name") ?? current.Source;
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "Event" && current is not null)
                {
                    events.Add(current.ToEvent());
                    current = null;
                }

                reader.Read();
            }
        }
        catch (XmlException)
        {
            // Truncated or broken XML: keep what was read.
        }

        if (current is not null && (current.Source.Length > 0 || current.Id is not null))
        {
            events.Add(current.ToEvent());
        }

        return events;
    }

    /// <summary>Each complete &lt;Event&gt;...&lt;/Event&gt; an article body prints, where it stands.</summary>
    internal static IEnumerable<FoundEvent> Scan(string body)
    {
        var from = 0;
        while (from < body.Length)
        {
            var start = body.IndexOf("<Event", from, StringComparison.Ordinal);
            if (start < 0)
            {
                yield break;
            }

            var after = start + "<Event".Length;
            if (after >= body.Length || body[after] is not (' ' or '>' or '\n'))
            {
                from = after; // <EventData>, <EventID>: not an event's start
                continue;
            }

            var close = body.IndexOf("</Event>", after, StringComparison.Ordinal);
            if (close < 0)
            {
                yield break; // no event closes after this one: none of the rest is complete
            }

            var end = close + "</Event>".Length;
            foreach (var e in Read(body[start..end], maxEvents: 1))
            {
                if (e.Id is { } id)
                {
                    yield return new FoundEvent(start, end, e.Source, id, e.Level, TextTools.Collapse(e.Message));
                }
            }

            from = end;
        }
    }

    private static string LevelName(string level) => level.Trim() switch
    {
        "1" => "Critical",
        "2" => "Error",
        "3" => "Warning",
        "4" or "0" => "Information",
        "5" => "Verbose",
        var other => other,
    };

    private sealed class Builder
    {
        public string Source { get; set; } = "";

        public int? Id { get; private set; }

        private string Level { get; set; } = "";

        private string Message { get; set; } = "";

        private List<string> Data { get; } = [];

        public void Set(string element, string value)
        {
            switch (element)
            {
                case "EventID":
                    Id = EventIds.Parse(new string(value.Trim().TakeWhile(char.IsDigit).ToArray()));
                    break;
                case "Data":
                    Data.Add(value);
                    break;
                case "Message":
                    Message = value;
                    break;
                case "Level" when !value.All(char.IsDigit) || Level.Length == 0:
                    // RenderingInfo/Level carries the display name ("Error"): it wins over System/Level's number.
                    Level = LevelName(value);
                    break;
            }
        }

        // Without RenderingInfo the message text is gone; the inserts (EventData) are what is left to match on.
        public XmlEvent ToEvent() => new(Source, Id, Level, Message.Length > 0 ? Message : string.Join(' ', Data), Data, Message.Length > 0);
    }
}
