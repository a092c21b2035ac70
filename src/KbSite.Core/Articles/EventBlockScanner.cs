using System.Text;
using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>An event block found in article text: where it stands and what it says.</summary>
public sealed record FoundEvent(int Start, int End, string Source, int EventId, string Level, string Message);

/// <summary>
/// Finds the event blocks that articles print inside their text: NT style ("MSExchangeMTA Event ID 1004" + message,
/// also glued as "MSExchangeMTAEvent ID 1004") and labelled blocks, whatever their labels' order: the NT layout
/// ("Event ID: / Source: / Type: / Description:"), the older Event Viewer one ("Event Type: / Event Source: /
/// Event Category: / Event ID: / Date: / Time: / User: / Computer: / Description:") and Exchange's ("ID: / Level: /
/// Source: / Machine: / Message:"). Works on multi-line text and on text flattened onto one line. See
/// <see cref="BodyEvents"/> for what else a Markdown body holds (tables, XML, prose).
/// </summary>
public static partial class EventBlockScanner
{
    // A source is one word directly before "Event ID" on its line (case-sensitive, as NT printed it), optionally glued to it.
    [GeneratedRegex(@"(?<![\w.\-])(?<src>[A-Z][A-Za-z0-9_.\-]*?)[ \t]*Event ID[ \t]*:?[ \t]*(?<id>\d{1,5})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NtHeader();

    [GeneratedRegex(@"^(?:Type|Level)\s*:\s*(?<level>Error|Warning|Information|Critical|Verbose|Success Audit|Failure Audit|Audit Success|Audit Failure)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LevelLine();

    // "Event ID 1311" alone on its line, without a source: the message follows below it.
    [GeneratedRegex(@"^[ \t]*Event ID:?[ \t]*(?<id>\d{1,5})[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BareHeader();

    // Date, Time, User, Computer, ... carry no part of the signature; as labels they end the value before them.
    [GeneratedRegex(@"\b(?<label>Event\s*ID|(?:Event\s+|Task\s+)?(?:Source|Type|Category)|ID|Level|Description|Message|Date|Time|User|Computer|Machine|Log\s*Name|Keywords|OpCode)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Label();

    private static readonly HashSet<string> FillerLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Time", "User", "Computer", "Machine", "LogName", "Keywords", "OpCode",
    };

    [GeneratedRegex(@"\n[ \t]*\r?\n", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BlankLine();

    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "A", "An", "The", "This", "That", "These", "Each", "Every", "See", "Following", "Same", "Such", "Unexpected", "With", "And", "Or",
    };

    /// <summary>The longest gap between two labels of one labelled block.</summary>
    private const int MaxLabelGap = 120;

    public static IReadOnlyList<FoundEvent> Scan(string text) => Scan(text, wholeLineSources: false);

    /// <summary>
    /// With <paramref name="wholeLineSources"/>, an NT header that a line opens takes every capitalised word before
    /// "Event ID" as its source ("Service Control Manager Event ID 7034"); classic text keeps its one-word sources.
    /// </summary>
    public static IReadOnlyList<FoundEvent> Scan(string text, bool wholeLineSources)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labelled = LabelledHeaders(text).ToList();
        var headers = new List<Header>(labelled);
        var nextBlock = 0; // as below for NT headers: both come in text order, so one pass tells which lie inside a block
        foreach (Match m in BareHeader().Matches(text))
        {
            while (nextBlock < labelled.Count && labelled[nextBlock].BodyStart <= m.Index)
            {
                nextBlock++;
            }

            if (nextBlock >= labelled.Count || labelled[nextBlock].Start >= m.Index + m.Length)
            {
                headers.Add(new Header(m.Index, m.Index + m.Length, "", ParseId(m.Groups["id"].Value), ""));
            }
        }

        var next = 0; // the first labelled block that ends after the current NT header starts (both come in text order)
        foreach (Match m in NtHeader().Matches(text))
        {
            while (next < labelled.Count && labelled[next].BodyStart <= m.Index)
            {
                next++;
            }

            var src = m.Groups["src"].Value;
            var insideLabelledBlock = next < labelled.Count && labelled[next].Start < m.Index + m.Length;
            if (NotSources.Contains(src) || insideLabelledBlock)
            {
                continue;
            }

            var start = m.Index;
            if (wholeLineSources && SourceWords(text, m.Index) is { } words)
            {
                start -= words.Length;
                src = words + src;
            }

            headers.Add(new Header(start, m.Index + m.Length, src, ParseId(m.Groups["id"].Value), ""));
        }

        headers.Sort((a, b) => a.Start.CompareTo(b.Start));
        var found = new List<FoundEvent>();
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            if (h.EventId is null)
            {
                continue;
            }

            var limit = i + 1 < headers.Count ? headers[i + 1].Start : text.Length;
            var (message, end) = MessageAfter(text, h.BodyStart, limit);
            var level = h.Level;
            if (level.Length == 0 && LevelLine().Match(message) is { Success: true } line)
            {
                // "MSExchangeMTA Event ID 1004 / Type: Error / message", as the classic reader writes event blocks.
                level = line.Groups["level"].Value;
                message = message[line.Length..];
            }

            found.Add(new FoundEvent(h.Start, end, h.Source, h.EventId.Value, level, message));
        }

        return found;
    }

    /// <summary>
    /// The capitalised words between the start of the line and <paramref name="at"/> ("Service Control "), when there
    /// are at most four of them and nothing else; null otherwise.
    /// </summary>
    private static string? SourceWords(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        while (lineStart < at && text[lineStart] is ' ' or '\t')
        {
            lineStart++;
        }

        if (lineStart >= at || at - lineStart > 80)
        {
            return null;
        }

        var words = text[lineStart..at];
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.EndsWith(' ') && parts.Length <= 4 && parts.All(w => char.IsUpper(w[0]) && !NotSources.Contains(w) && w.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
            ? words
            : null;
    }

    /// <summary>Turns found events into signatures in order.</summary>
    public static List<EventSignature> ToSignatures(IEnumerable<FoundEvent> events) =>
        events.Select((e, i) => EventSignature.At(i, e.Source, e.EventId, e.Level, e.Message)).ToList();

    private static (string Message, int End) MessageAfter(string text, int start, int limit)
    {
        // Skip blank lines between a header and its message; stop at the next blank line after it.
        var from = start;
        while (from < limit && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        // Looked for up to the next header only: searching on to the end of the text for every header was quadratic.
        limit = Math.Max(limit, from);
        var blank = BlankLine().Match(text, from, limit - from);
        var end = blank.Success ? blank.Index : limit;

        var message = TextTools.Collapse(text[from..end]);
        return (message, end);
    }

    private static IEnumerable<Header> LabelledHeaders(string text)
    {
        var labels = Label().Matches(text).ToList();
        var i = 0;
        while (i < labels.Count)
        {
            // A block is a run of labels close to each other that ends in Description.
            var j = i;
            while (j + 1 < labels.Count && labels[j + 1].Index - (labels[j].Index + labels[j].Length) <= MaxLabelGap
                   && !IsDescription(labels[j]))
            {
                j++;
            }

            // A block starts at a label of its own, not at a date or a user line before it.
            var block = labels.Skip(i).Take(j - i + 1).SkipWhile(l => FillerLabels.Contains(KeyOf(l))).ToList();
            if (IsDescription(labels[j]) && block.Count >= 2)
            {
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var k = 0; k < block.Count - 1; k++)
                {
                    var valueStart = block[k].Index + block[k].Length;
                    values[KeyOf(block[k])] = TextTools.Collapse(text[valueStart..block[k + 1].Index]);
                }

                if ((values.GetValueOrDefault("EventID") ?? values.GetValueOrDefault("ID")) is { } idText && ParseId(FirstWord(idText)) is { } id)
                {
                    values.TryGetValue("Source", out var source);
                    var level = values.GetValueOrDefault("Type") ?? values.GetValueOrDefault("Level") ?? "";
                    var description = block[^1];
                    yield return new Header(block[0].Index, description.Index + description.Length, source ?? "", id, level);
                }
            }

            i = j + 1;
        }
    }

    /// <summary>The label after which the message follows: Description, or Exchange's Message.</summary>
    private static bool IsDescription(Match label) =>
        label.Groups["label"].Value.Equals("Description", StringComparison.OrdinalIgnoreCase)
        || label.Groups["label"].Value.Equals("Message", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Event Source" and "Source" are one label, as are "Task Category" and "Category"; "Event ID" stays itself.</summary>
    private static string KeyOf(Match label)
    {
        var key = string.Concat(label.Groups["label"].Value.Where(c => !char.IsWhiteSpace(c)));
        return key.Equals("EventID", StringComparison.OrdinalIgnoreCase) ? "EventID"
            : key.StartsWith("Event", StringComparison.OrdinalIgnoreCase) ? key[5..]
            : key.StartsWith("Task", StringComparison.OrdinalIgnoreCase) ? key[4..]
            : key;
    }

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>
    /// A Markdown body as the scanner reads it: fence lines blanked (their contents kept: a block printed as code is
    /// still an event the article shows), block-quote markers, list bullets, bold and code marks taken off. Every character keeps its offset, so what
    /// is found here stands at the same place in the body.
    /// </summary>
    public static string PlainLines(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var plain = new StringBuilder(markdown);
        var lineStart = 0;
        while (lineStart <= plain.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? markdown.Length : lineEnd;
            var k = lineStart;
            while (k < lineEnd && markdown[k] is ' ' or '\t')
            {
                k++;
            }

            if (string.CompareOrdinal(markdown, k, "```", 0, 3) == 0 || string.CompareOrdinal(markdown, k, "~~~", 0, 3) == 0)
            {
                for (var c = k; c < lineEnd; c++)
                {
                    plain[c] = ' ';
                }
            }
            else
            {
                // Quote markers and a list bullet before the text ("> - **Event ID:** 1004").
                while (k < lineEnd && (markdown[k] is '>' or ' ' or '\t' || (markdown[k] is '-' or '*' or '+' && k + 1 < lineEnd && markdown[k + 1] == ' ')))
                {
                    plain[k++] = ' ';
                }

                // Bold and code marks around labels and values ("**Source:** `MSExchangeIS`").
                for (var c = k; c < lineEnd; c++)
                {
                    if (markdown[c] == '`' || (markdown[c] == '*' && c + 1 < lineEnd && markdown[c + 1] == '*'))
                    {
                        plain[c] = ' ';
                        if (markdown[c] == '*')
                        {
                            plain[++c] = ' ';
                        }
                    }
                }
            }

            lineStart = lineEnd + 1;
        }

        return plain.ToString();
    }

    private static int? ParseId(string text) => EventIds.Parse(text);

    private sealed record Header(int Start, int BodyStart, string Source, int? EventId, string Level);
}
