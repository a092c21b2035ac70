using System.Xml;

namespace KbSite.Matching.Pastes;

/// <summary>
/// Event XML: one &lt;Event&gt; or many (wevtutil /f:xml, Event Viewer's XML view, the end of "Copy details"), with or
/// without RenderingInfo. Truncated or broken XML gives the events read so far.
/// </summary>
internal sealed class XmlPasteReader : IPasteReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = ConformanceLevel.Fragment,
        IgnoreComments = true,
        MaxCharactersInDocument = 1_000_000,
    };

    public IReadOnlyList<PastedEvent> Read(string text)
    {
        var start = text.IndexOf('<', StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var events = new List<PastedEvent>();
        using var reader = XmlReader.Create(new StringReader(text[start..]), Settings);
        XmlEvent? current = null;
        try
        {
            reader.Read();
            while (!reader.EOF && events.Count < EventPasteParser.MaxEvents)
            {
                // ReadElementContentAsString moves past the element itself, so only other nodes call Read().
                if (reader.NodeType == XmlNodeType.Element && current is not null && reader.LocalName is "EventID" or "Level" or "Data" or "Message")
                {
                    current.Set(reader.LocalName, reader.ReadElementContentAsString());
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Event")
                {
                    current = new XmlEvent();
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

    private static string LevelName(string level) => level.Trim() switch
    {
        "1" => "Critical",
        "2" => "Error",
        "3" => "Warning",
        "4" or "0" => "Information",
        "5" => "Verbose",
        var other => other,
    };

    private sealed class XmlEvent
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
                    Id = PasteText.EventId(value);
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
        public PastedEvent ToEvent() =>
            new(Source, Id, Level, PasteText.Message(Message.Length > 0 ? Message : string.Join(' ', Data)), PasteFormats.Xml);
    }
}
