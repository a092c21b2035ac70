using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>
/// Events named in prose: "event ID 7034" (also "EventID 7034", "event 7034") followed, in the same paragraph, by
/// its message in quotes, or, right after the paragraph, by a block quote, a fenced or an indented block holding it.
/// A source is read from "from &lt;Source&gt;" or "source &lt;Source&gt;" in the same sentence when there is one.
/// </summary>
internal static partial class ProseEvents
{
    [GeneratedRegex(@"\bevent(?:\s*id|\s+identifier)?\s*(?:#|:|is|=)?\s*(?<id>\d{1,5})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EventMention();

    // A quoted message: straight or curly quotes, at least a few words long (short quotes are names).
    [GeneratedRegex(@"[""“](?<message>[^""“”\n]{12,2000}?)[""”]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:from|source:?|provider:?)\s+(?:the\s+)?[`""*]*(?<source>[A-Z][\w.\-]*(?:[ \-][A-Z][\w.\-]*){0,4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SourceMention();

    public static IEnumerable<FoundEvent> Scan(string body)
    {
        var lines = body.Split('\n');
        var offsets = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            offsets[i + 1] = offsets[i] + lines[i].Length + 1;
        }

        var fenced = false;
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
            foreach (Match mention in EventMention().Matches(paragraph))
            {
                if (EventIds.Parse(mention.Groups["id"].Value) is not { } id)
                {
                    continue;
                }

                var rest = paragraph[(mention.Index + mention.Length)..];
                var quoted = Quoted().Match(rest);
                var message = quoted.Success ? quoted.Groups["message"].Value : BlockAfter(lines, last + 1);
                if (message.Length == 0)
                {
                    continue;
                }

                var sentence = paragraph[..Math.Min(paragraph.Length, mention.Index + mention.Length + (quoted.Success ? quoted.Index : rest.Length))];
                var source = SourceMention().Match(sentence[(sentence.LastIndexOfAny(['.', '!', '?'], Math.Max(0, mention.Index - 1)) + 1)..]);
                yield return new FoundEvent(offsets[i] + mention.Index, offsets[last + 1], source.Success ? source.Groups["source"].Value : "", id, "", TextTools.Collapse(message));
            }

            i = last;
        }
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
            for (; k < lines.Length && lines[k].TrimStart().StartsWith('>'); k++)
            {
                block.Add(lines[k].TrimStart().TrimStart('>').Trim());
            }
        }
        else if (IsFence(first.TrimStart()))
        {
            for (k++; k < lines.Length && !IsFence(lines[k].TrimStart()); k++)
            {
                block.Add(lines[k]);
            }
        }
        else if (first.StartsWith("    ", StringComparison.Ordinal) || first.StartsWith('\t'))
        {
            for (; k < lines.Length && (lines[k].StartsWith("    ", StringComparison.Ordinal) || lines[k].StartsWith('\t') || lines[k].Trim().Length == 0); k++)
            {
                block.Add(lines[k]);
            }
        }

        return TextTools.Collapse(string.Join(' ', block));
    }

    private static bool IsFence(string trimmed) =>
        trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
}
