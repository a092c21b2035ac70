namespace KbSite.Articles;

/// <summary>
/// How deeply a Markdown text nests block quotes, list items and brackets, measured in one pass. Markdig refuses (or
/// slows down sharply on) deep nesting, so a body deeper than <see cref="MaxDepth"/> is refused by the rules and shown
/// as plain text; real articles nest a few levels.
/// </summary>
public static class MarkdownNesting
{
    public const int MaxDepth = 32;

    public static int Depth(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        int deepest = 0, brackets = 0, lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = markdown.Length;
            }

            var line = markdown.AsSpan(lineStart, lineEnd - lineStart);
            deepest = Math.Max(deepest, BlockDepth(line));
            foreach (var c in line)
            {
                if (c == '[')
                {
                    deepest = Math.Max(deepest, ++brackets);
                }
                else if (c == ']' && brackets > 0)
                {
                    brackets--;
                }
            }

            lineStart = lineEnd + 1;
        }

        return deepest;
    }

    /// <summary>Quote markers ("> > >") and list indentation at the start of a line: one level per marker or two spaces.</summary>
    private static int BlockDepth(ReadOnlySpan<char> line)
    {
        int quotes = 0, i = 0, indent = 0;
        for (; i < line.Length; i++)
        {
            if (line[i] == '>')
            {
                quotes++;
                indent = 0;
            }
            else if (line[i] == ' ')
            {
                indent++;
            }
            else if (line[i] == '\t')
            {
                indent += 4;
            }
            else
            {
                break;
            }
        }

        var rest = line[i..];
        return quotes + (IsBullet(rest) || IsNumbered(rest) ? (indent / 2) + 1 : 0);
    }

    private static bool IsBullet(ReadOnlySpan<char> text) => text.Length > 1 && text[0] is '-' or '*' or '+' && text[1] == ' ';

    private static bool IsNumbered(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }
}
