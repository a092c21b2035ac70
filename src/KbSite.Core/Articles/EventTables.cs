using System.Net;
using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>
/// Markdown tables that list events, a row per event: the columns are recognised by their headers (an id column such
/// as "Event ID" and a message column such as "Message" or "Description" are needed; "Source" and "Level" are read
/// when present). A two-column table with a row per field ("| Event ID | 1004 |") describes one event. Cells are read as plain text: code marks, emphasis, &lt;br&gt; and entities are taken off.
/// </summary>
internal static partial class EventTables
{
    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Separator();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LineBreak();

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["event id"] = "id", ["eventid"] = "id", ["id"] = "id", ["event"] = "id", ["event number"] = "id",
        ["source"] = "source", ["event source"] = "source", ["provider"] = "source", ["log source"] = "source",
        ["level"] = "level", ["type"] = "level", ["event type"] = "level", ["severity"] = "level",
        ["message"] = "message", ["description"] = "message", ["event message"] = "message", ["text"] = "message", ["message text"] = "message",
    };

    public static IEnumerable<FoundEvent> Scan(string body)
    {
        var lines = body.Split('\n');
        var offsets = TextTools.LineStarts(lines);

        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].Contains('|', StringComparison.Ordinal) || !Separator().IsMatch(lines[i + 1]))
            {
                continue;
            }

            var columns = Cells(lines[i]).Select(h => Columns.GetValueOrDefault(Plain(h).TrimEnd(':'))).ToList();
            var id = columns.IndexOf("id");
            var message = columns.IndexOf("message");
            var source = columns.IndexOf("source");
            var level = columns.IndexOf("level");

            // A bare "ID" column names events only beside a source or a level column.
            var bareId = id >= 0 && Plain(Cells(lines[i])[id]).Equals("id", StringComparison.OrdinalIgnoreCase);
            if (id < 0 || message < 0 || (bareId && source < 0 && level < 0))
            {
                if (FieldTable(lines, i + 2, offsets) is { } one)
                {
                    yield return one.Event;
                    i = one.NextLine - 1;
                }

                continue;
            }

            var row = i + 2;
            for (; row < lines.Length && lines[row].Contains('|', StringComparison.Ordinal); row++)
            {
                var cells = Cells(lines[row]);
                string Cell(int c) => c >= 0 && c < cells.Count ? Plain(cells[c]) : "";
                var digits = new string(Cell(id).TrimStart('#').TakeWhile(char.IsDigit).ToArray());
                if (EventIds.Parse(digits) is { } eventId && Cell(message).Length > 0)
                {
                    yield return new FoundEvent(offsets[row], offsets[row] + lines[row].Length, Cell(source), eventId, Cell(level), Cell(message));
                }
            }

            i = row - 1;
        }
    }

    /// <summary>
    /// A two-column table that describes one event, a row per field ("| Event ID | 1004 |", "| Message | ... |"): the
    /// event, when it has an id and a message, and the line after the table.
    /// </summary>
    private static (FoundEvent Event, int NextLine)? FieldTable(string[] lines, int first, int[] offsets)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var row = first;
        for (; row < lines.Length && lines[row].Contains('|', StringComparison.Ordinal); row++)
        {
            var cells = Cells(lines[row]);
            if (cells.Count == 2 && Columns.GetValueOrDefault(Plain(cells[0]).TrimEnd(':')) is { } field)
            {
                fields.TryAdd(field, Plain(cells[1]));
            }
        }

        var digits = new string(fields.GetValueOrDefault("id", "").TakeWhile(char.IsDigit).ToArray());
        return EventIds.Parse(digits) is { } id && fields.GetValueOrDefault("message", "").Length > 0
            ? (new FoundEvent(offsets[first], offsets[row], fields.GetValueOrDefault("source", ""), id, fields.GetValueOrDefault("level", ""), fields["message"]), row)
            : null;
    }

    /// <summary>The cells of a table row; "\|" inside a cell is a bar, not a border.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var text = line.Trim();
        var start = text.StartsWith('|') ? 1 : 0;
        for (var k = start; k < text.Length; k++)
        {
            if (text[k] == '\\' && k + 1 < text.Length && text[k + 1] == '|')
            {
                cell.Append('|');
                k++;
            }
            else if (text[k] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(text[k]);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString());
        }

        return cells;
    }

    private static string Plain(string cell)
    {
        var text = LineBreak().Replace(cell, " ").Replace("`", "", StringComparison.Ordinal)
            .Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        return TextTools.Collapse(WebUtility.HtmlDecode(text));
    }
}
