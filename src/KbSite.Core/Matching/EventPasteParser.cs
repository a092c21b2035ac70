using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using KbSite.Articles;
using KbSite.Content;

namespace KbSite.Matching;

/// <summary>
/// Reads the events out of whatever a troubleshooter pastes: event XML (one &lt;Event&gt; or many), CSV saved from Event
/// Viewer, Event Viewer "Copy details" text, wevtutil /f:text, PowerShell Get-WinEvent / Get-EventLog | Format-List,
/// NT-style "Source Event ID n message" (also glued), labelled "Event ID: / Source: / Description:" blocks, or a bare
/// message. Partial pastes give what they hold. Never throws; linear in the size of the paste.
/// </summary>
public static partial class EventPasteParser
{
    public const int MaxEvents = 50;
    public const int MaxMessageLength = 8_000;

    private enum Field
    {
        Ignore,
        Source,
        Id,
        InstanceId,
        Level,
        Message,
        End,
    }

    private static readonly Dictionary<string, Field> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Source"] = Field.Source,
        ["ProviderName"] = Field.Source,
        ["Provider Name"] = Field.Source,
        ["Event ID"] = Field.Id,
        ["EventID"] = Field.Id,
        ["Id"] = Field.Id,
        ["InstanceId"] = Field.InstanceId,
        ["Level"] = Field.Level,
        ["LevelDisplayName"] = Field.Level,
        ["EntryType"] = Field.Level,
        ["Type"] = Field.Level,
        ["Event Type"] = Field.Level,
        ["Description"] = Field.Message,
        ["Message"] = Field.Message,
        ["Event Xml"] = Field.End,
        ["Log Name"] = Field.Ignore,
        ["LogName"] = Field.Ignore,
        ["Date"] = Field.Ignore,
        ["Time"] = Field.Ignore,
        ["TimeCreated"] = Field.Ignore,
        ["TimeGenerated"] = Field.Ignore,
        ["TimeWritten"] = Field.Ignore,
        ["Task Category"] = Field.Ignore,
        ["Task"] = Field.Ignore,
        ["Category"] = Field.Ignore,
        ["CategoryNumber"] = Field.Ignore,
        ["Keywords"] = Field.Ignore,
        ["Keyword"] = Field.Ignore,
        ["User Name"] = Field.Ignore,
        ["KeywordsDisplayNames"] = Field.Ignore,
        ["User"] = Field.Ignore,
        ["UserName"] = Field.Ignore,
        ["UserId"] = Field.Ignore,
        ["Computer"] = Field.Ignore,
        ["MachineName"] = Field.Ignore,
        ["Opcode"] = Field.Ignore,
        ["OpcodeDisplayName"] = Field.Ignore,
        ["Index"] = Field.Ignore,
        ["RecordId"] = Field.Ignore,
        ["ProcessId"] = Field.Ignore,
        ["ThreadId"] = Field.Ignore,
        ["ReplacementStrings"] = Field.Ignore,
        ["Data"] = Field.Ignore,
        ["Site"] = Field.Ignore,
        ["Container"] = Field.Ignore,
        ["ContainerLog"] = Field.Ignore,
        ["Version"] = Field.Ignore,
        ["Qualifiers"] = Field.Ignore,
        ["ActivityId"] = Field.Ignore,
        ["RelatedActivityId"] = Field.Ignore,
        ["ProviderId"] = Field.Ignore,
        ["Properties"] = Field.Ignore,
        ["Bookmark"] = Field.Ignore,
        ["MatchedQueryIds"] = Field.Ignore,
    };

    // "Label: value" or PowerShell's "Label      : value" at the start of a line.
    [GeneratedRegex(@"^[ \t]*(?<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t]*:(?:[ \t]+|$)(?<value>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^\s*Event\[\d+\]\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WevtutilHeader();

    public static IReadOnlyList<PastedEvent> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        try
        {
            // Event Viewer's "Copy details" ends with the event's XML: its labelled text (with the rendered
            // description) comes first and wins; a paste that starts with XML is read as XML.
            var startsWithXml = text.TrimStart().StartsWith('<');
            if (startsWithXml && ParseXml(text) is { Count: > 0 } xml)
            {
                return xml;
            }

            if (ParseCsv(text) is { Count: > 0 } csv)
            {
                return csv;
            }

            if (ParseLabelled(text) is { Count: > 0 } labelled)
            {
                return labelled;
            }

            if (!startsWithXml && text.Contains("<Event", StringComparison.Ordinal) && ParseXml(text) is { Count: > 0 } embedded)
            {
                return embedded;
            }

            if (EventBlockScanner.Scan(text) is { Count: > 0 } nt)
            {
                return nt.Take(MaxEvents)
                    .Select(e => new PastedEvent(e.Source, e.EventId, e.Level, Limit(e.Message), PasteFormats.NtStyle))
                    .ToList();
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Fall through to the bare message: matching on the words still works.
        }

        var plain = TextTools.Collapse(text);
        return plain.Any(char.IsLetter) ? [new PastedEvent("", null, "", Limit(plain), PasteFormats.Plain)] : [];
    }

    private static List<PastedEvent> ParseXml(string text)
    {
        var events = new List<PastedEvent>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ConformanceLevel = ConformanceLevel.Fragment,
            IgnoreComments = true,
            MaxCharactersInDocument = 1_000_000,
        };
        var start = text.IndexOf('<', StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(text[start..]), settings);
        XmlEvent? current = null;
        try
        {
            reader.Read();
            while (!reader.EOF && events.Count < MaxEvents)
            {
                // ReadElementContentAsString moves past the element itself, so only other nodes call Read().
                if (reader.NodeType == XmlNodeType.Element && current is not null && reader.LocalName is "EventID" or "Level" or "Data" or "Message")
                {
                    var name = reader.LocalName;
                    var value = reader.ReadElementContentAsString();
                    switch (name)
                    {
                        case "EventID":
                            current.Id = ParseId(value);
                            break;
                        case "Data":
                            current.Data.Add(value);
                            break;
                        case "Message":
                            current.Message = value;
                            break;
                        case "Level" when !value.All(char.IsDigit) || current.Level.Length == 0:
                            // RenderingInfo/Level carries the display name ("Error"): it wins over System/Level's number.
                            current.Level = LevelName(value);
                            break;
                    }

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

    private static List<PastedEvent> ParseCsv(string text)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count < 2)
        {
            return [];
        }

        var header = CsvFields(lines[0]);
        var source = header.FindIndex(h => h.Equals("Source", StringComparison.OrdinalIgnoreCase));
        var id = header.FindIndex(h => h.Equals("Event ID", StringComparison.OrdinalIgnoreCase) || h.Equals("EventID", StringComparison.OrdinalIgnoreCase));
        if (source < 0 || id < 0)
        {
            return [];
        }

        var level = header.FindIndex(h => h.Equals("Level", StringComparison.OrdinalIgnoreCase) || h.Equals("Type", StringComparison.OrdinalIgnoreCase));
        var message = header.FindIndex(h => h.Equals("Description", StringComparison.OrdinalIgnoreCase) || h.Equals("Message", StringComparison.OrdinalIgnoreCase));
        var events = new List<PastedEvent>();
        foreach (var row in CsvRecords(string.Join('\n', lines.Skip(1))).Take(MaxEvents))
        {
            string At(int i) => i >= 0 && i < row.Count ? row[i].Trim() : "";

            // Event Viewer writes the description after the named columns, without a header of its own.
            var text6 = message >= 0 ? At(message) : string.Join(' ', row.Skip(header.Count));
            events.Add(new PastedEvent(At(source), ParseId(At(id)), At(level), Limit(TextTools.Collapse(text6)), PasteFormats.Csv));
        }

        return events;
    }

    private static List<PastedEvent> ParseLabelled(string text)
    {
        var lines = text.Split('\n');
        var events = new List<PastedEvent>();
        var record = new Record();
        var format = PasteFormats.Labelled;
        Field? open = null;
        var sawLabels = 0;

        void Finish()
        {
            if (record.HasEvent && events.Count < MaxEvents)
            {
                events.Add(record.ToEvent(format));
            }

            record = new Record();
            open = null;
        }

        foreach (var raw in lines)
        {
            if (WevtutilHeader().IsMatch(raw))
            {
                Finish();
                format = PasteFormats.Wevtutil;
                continue;
            }

            var m = LabelLine().Match(raw);
            var field = m.Success && Labels.TryGetValue(m.Groups["label"].Value.Trim(), out var f) ? f : (Field?)null;
            if (field is null)
            {
                if (open == Field.Message)
                {
                    record.Message.Append('\n').Append(raw);
                }

                continue;
            }

            sawLabels++;
            var value = m.Groups["value"].Value.Trim();
            if (field == Field.End)
            {
                open = null;
                continue;
            }

            // A label this record already has starts the next event.
            if (field != Field.Ignore && record.Has(field.Value))
            {
                Finish();
            }

            if (raw.Contains(" : ", StringComparison.Ordinal) && format == PasteFormats.Labelled)
            {
                format = PasteFormats.PowerShell;
            }
            else if (string.Equals(m.Groups["label"].Value.Trim(), "Log Name", StringComparison.OrdinalIgnoreCase) && format == PasteFormats.Labelled)
            {
                format = PasteFormats.EventViewer;
            }

            record.Set(field.Value, value);
            open = field;
        }

        Finish();
        return sawLabels >= 2 ? events : [];
    }

    private static int? ParseId(string text)
    {
        var digits = new string(text.Trim().TakeWhile(char.IsDigit).ToArray());
        return EventIds.Parse(digits);
    }

    /// <summary>Get-EventLog's InstanceId carries the event id in its low 16 bits.</summary>
    private static int? FromInstanceId(string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (int)(id & 0xFFFF) : null;

    private static string LevelName(string level) => level.Trim() switch
    {
        "1" => "Critical",
        "2" => "Error",
        "3" => "Warning",
        "4" or "0" => "Information",
        "5" => "Verbose",
        var other => other,
    };

    private static string Limit(string message) => message.Length <= MaxMessageLength ? message : message[..MaxMessageLength];

    private static List<string> CsvFields(string line) => CsvRecords(line).FirstOrDefault() ?? [];

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes ("") and newlines.</summary>
    private static IEnumerable<List<string>> CsvRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    private sealed class Record
    {
        private string _source = "";
        private int? _id;
        private int? _instanceId;
        private string _level = "";
        private readonly HashSet<Field> _seen = [];

        public StringBuilder Message { get; } = new();

        public bool HasEvent => _source.Length > 0 || _id is not null || _instanceId is not null || Message.Length > 0;

        public bool Has(Field field) => _seen.Contains(field);

        public void Set(Field field, string value)
        {
            _seen.Add(field);
            switch (field)
            {
                case Field.Source: _source = value; break;
                case Field.Id: _id = ParseId(value); break;
                case Field.InstanceId: _instanceId = FromInstanceId(value); break;
                case Field.Level: _level = value; break;
                case Field.Message: Message.Append(value); break;
            }
        }

        public PastedEvent ToEvent(string format) =>
            new(_source, _id ?? _instanceId, _level, Limit(TextTools.Collapse(Message.ToString())), format);
    }

    private sealed class XmlEvent
    {
        public string Source { get; set; } = "";

        public int? Id { get; set; }

        public string Level { get; set; } = "";

        public string Message { get; set; } = "";

        public List<string> Data { get; } = [];

        // Without RenderingInfo the message text is gone; the inserts (EventData) are what is left to match on.
        public PastedEvent ToEvent() =>
            new(Source, Id, Level, Limit(TextTools.Collapse(Message.Length > 0 ? Message : string.Join(' ', Data))), PasteFormats.Xml);
    }
}
