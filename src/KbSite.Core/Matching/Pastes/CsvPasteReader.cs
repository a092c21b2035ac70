using System.Text;

namespace KbSite.Matching.Pastes;

/// <summary>CSV saved from Event Viewer: a header row naming Source and Event ID, then one row per event.</summary>
internal sealed class CsvPasteReader : IPasteReader
{
    public IReadOnlyList<PastedEvent> Read(string text)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count < 2)
        {
            return [];
        }

        var header = Records(lines[0]).FirstOrDefault() ?? [];
        var source = Column(header, "Source");
        var id = Column(header, "Event ID", "EventID");
        if (source < 0 || id < 0)
        {
            return [];
        }

        var level = Column(header, "Level", "Type");
        var message = Column(header, "Description", "Message");
        var events = new List<PastedEvent>();
        foreach (var row in Records(string.Join('\n', lines.Skip(1))).Take(EventPasteParser.MaxEvents))
        {
            string At(int i) => i >= 0 && i < row.Count ? row[i].Trim() : "";

            // Event Viewer writes the description after the named columns, without a header of its own.
            var description = message >= 0 ? At(message) : string.Join(' ', row.Skip(header.Count));
            events.Add(new PastedEvent(At(source), PasteText.EventId(At(id)), At(level), PasteText.Message(description), PasteFormats.Csv));
        }

        return events;
    }

    private static int Column(List<string> header, params string[] names) =>
        header.FindIndex(h => names.Any(n => h.Equals(n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes ("") and newlines.</summary>
    private static IEnumerable<List<string>> Records(string text)
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
}
