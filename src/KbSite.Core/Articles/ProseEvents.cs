using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>
/// Events named in prose: "event ID 7034" (also "EventID 7034", "event 7034") followed, in the same paragraph, by
/// its message in quotes, or, right after the paragraph, by a block quote, a fenced or an indented block holding it.
/// A source is read from "from &lt;Source&gt;" or "source &lt;Source&gt;" in the same sentence when there is one.
/// </summary>
internal static partial class ProseEvents
{
    /// <summary>Bounds that keep a body of a million mentions linear: how many events prose may give, how far to look.</summary>
    private const int MaxEvents = 2 * ArticleRules.MaxEvents;
    private const int QuoteWindow = 2_500;
    private const int SourceWindow = 300;
    private const int MaxBlockLines = 200;

    [GeneratedRegex(@"\bevent(?:\s*id|\s+identifier)?\s*(?:#|:|is|=)?\s*(?<id>\d{1,5})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EventMention();

    // "The Service Control Manager service then logs event ID 7034": capitalised words before a logging verb.
    [GeneratedRegex(@"(?:^|[^\w.\-])(?:(?:The|An?)\s+)?(?<source>[A-Z][\w.\-]*(?:[ ][A-Z][\w.\-]*){0,4})(?:\s+service)?(?:\s+(?:then|also|may|will|now|still))?\s+(?:logs|logged|records|reports|writes|raises|adds)\s+(?:(?:an?|the)\s+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SourceBefore();

    [GeneratedRegex(@"\b(?:from|source:?|provider:?)\s+(?:the\s+)?[`""*]*(?<source>[A-Z][\w.\-]*(?:[ \-][A-Z][\w.\-]*){0,4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SourceMention();

    public static IEnumerable<FoundEvent> Scan(string body)
    {
        var lines = body.Split('\n');
        var offsets = TextTools.LineStarts(lines);

        var fenced = false;
        var yielded = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (IsFence(trimmed))
            {
                fenced = !fenced;
                continue;
            }

            // Only prose names an event this way; blocks (fences, quotes, tables) are read by the other scanners.
            if (fenced || trimmed.StartsWith('>') || trimmed.StartsWith('|') || trimmed.Length == 0)
            {
                continue;
            }

            // The paragraph this line opens or continues: up to the next blank line.
            var last = i;
            while (last + 1 < lines.Length && lines[last + 1].Trim().Length > 0 && !IsFence(lines[last + 1].TrimStart())
                   && !lines[last + 1].TrimStart().StartsWith('>') && !lines[last + 1].TrimStart().StartsWith('#'))
            {
                last++;
            }

            var paragraph = string.Join('\n', lines[i..(last + 1)]);
            var mentions = EventMention().Matches(paragraph);
            string? blockAfter = null; // the same for every mention of the paragraph: read once
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (EventIds.Parse(mention.Groups["id"].Value) is not { } id)
                {
                    continue;
                }

                // A quoted message belongs to this mention when it comes before the next one.
                var restStart = mention.Index + mention.Length;
                var restEnd = Math.Min(m + 1 < mentions.Count ? mentions[m + 1].Index : paragraph.Length, restStart + QuoteWindow);
                var quoted = QuotedAfter(paragraph, restStart, restEnd);
                var message = quoted?.Message ?? (blockAfter ??= BlockAfter(lines, last + 1));
                if (message.Length == 0)
                {
                    continue;
                }

                // The source is named in the same sentence, before the message: "... event ID 12 from W32Time: ...".
                var sentenceEnd = quoted?.Start ?? restEnd;
                var windowStart = Math.Max(0, mention.Index - SourceWindow);
                var stop = paragraph.LastIndexOfAny(['.', '!', '?'], Math.Max(windowStart, mention.Index - 1), Math.Max(0, mention.Index - windowStart));
                var sentenceStart = Math.Max(stop + 1, windowStart);
                var source = SourceMention().Match(paragraph[sentenceStart..sentenceEnd]);
                if (!source.Success)
                {
                    source = SourceBefore().Match(paragraph[sentenceStart..mention.Index]);
                }

                yield return new FoundEvent(offsets[i] + mention.Index, offsets[last + 1], source.Success ? source.Groups["source"].Value : "", id, "", TextTools.Collapse(message));
                if (++yielded >= MaxEvents)
                {
                    yield break;
                }
            }

            i = last;
        }
    }

    /// <summary>
    /// The first quoted message in text[start..end]: straight or curly quotes, at least 12 characters, names quoted
    /// inside it ("The database "DB2" was dismounted.") kept: a quote after a space and before a word opens, any other
    /// closes, and the message ends where its own opening quote is closed (across the lines of a wrapped paragraph).
    /// </summary>
    private static (int Start, string Message)? QuotedAfter(string text, int start, int end)
    {
        for (var open = start; open < end; open++)
        {
            if (text[open] is not ('"' or '“'))
            {
                continue;
            }

            var depth = 1;
            var k = open + 1;
            for (; k < end; k++)
            {
                var c = text[k];
                var opens = c == '“' || (c == '"' && char.IsWhiteSpace(text[k - 1]) && k + 1 < end && !char.IsWhiteSpace(text[k + 1]));
                var closes = c == '”' || (c == '"' && !opens);
                depth += opens ? 1 : closes ? -1 : 0;
                if (depth == 0)
                {
                    var message = text[(open + 1)..k];
                    if (message.Length >= 12)
                    {
                        return (open, message);
                    }

                    break;
                }
            }

            if (k >= end)
            {
                return null; // never closed: no later quote in the window closes either (and the scan stays linear)
            }

            open = k;
        }

        return null;
    }

    /// <summary>The block that follows a paragraph, when it is a quote, a fence or an indented block; empty otherwise.</summary>
    private static string BlockAfter(string[] lines, int from)
    {
        var k = from;
        while (k < lines.Length && lines[k].Trim().Length == 0)
        {
            k++;
        }

        if (k >= lines.Length)
        {
            return "";
        }

        var block = new List<string>();
        var first = lines[k];
        if (first.TrimStart().StartsWith('>'))
        {
            for (; k < lines.Length && block.Count < MaxBlockLines && lines[k].TrimStart().StartsWith('>'); k++)
            {
                block.Add(lines[k].TrimStart().TrimStart('>').Trim());
            }
        }
        else if (IsFence(first.TrimStart()))
        {
            for (k++; k < lines.Length && block.Count < MaxBlockLines && !IsFence(lines[k].TrimStart()); k++)
            {
                block.Add(lines[k]);
            }
        }
        else if (first.StartsWith("    ", StringComparison.Ordinal) || first.StartsWith('\t'))
        {
            for (; k < lines.Length && block.Count < MaxBlockLines && (lines[k].StartsWith("    ", StringComparison.Ordinal) || lines[k].StartsWith('\t') || lines[k].Trim().Length == 0); k++)
            {
                block.Add(lines[k]);
            }
        }

        return TextTools.Collapse(string.Join(' ', block));
    }

    private static bool IsFence(string trimmed) =>
        trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
}
