using System.Globalization;
using System.Text;

namespace KbSite.Content;

/// <summary>
/// Hugo's TOML front matter ("+++" lines) turned into the YAML the reader reads, so that both go through one path:
/// key = value lines with strings (basic, literal, multi-line), numbers, booleans, dates, arrays and inline tables, and
/// [table] sections (as nested mappings). A line it cannot read is left out with a note; [[arrays of tables]] too.
/// </summary>
internal sealed class TomlFrontMatter
{
    private const int MaxNesting = 16;

    private readonly string text;
    private readonly int firstLine;
    private readonly ICollection<string> notes;
    private readonly StringBuilder yaml = new();
    private int pos;

    private TomlFrontMatter(string text, int firstLine, ICollection<string> notes)
    {
        this.text = text;
        this.firstLine = firstLine;
        this.notes = notes;
    }

    public static string ToYaml(string toml, int firstLine, ICollection<string> notes)
    {
        if (toml.Length > FrontMatterLimits.MaxChars)
        {
            throw new ContentFormatException($"the front matter is {toml.Length / 1024:N0} KB; at most {FrontMatterLimits.MaxChars / 1024:N0} KB are allowed.");
        }

        var converter = new TomlFrontMatter(toml, firstLine, notes);
        converter.Convert();
        return converter.yaml.ToString();
    }

    private int Line => firstLine + text.AsSpan(0, Math.Min(pos, text.Length)).Count('\n');

    private void Convert()
    {
        var indent = "";
        var skippingTable = false;
        while (true)
        {
            SkipBlankAndComments();
            if (pos >= text.Length)
            {
                return;
            }

            var lineStart = pos;
            try
            {
                if (text[pos] == '[')
                {
                    var arrayOfTables = pos + 1 < text.Length && text[pos + 1] == '[';
                    var close = text.IndexOf(arrayOfTables ? "]]" : "]", pos, StringComparison.Ordinal);
                    var newline = text.IndexOf('\n', pos);
                    if (close < 0 || (newline >= 0 && close > newline))
                    {
                        throw Unreadable("the table header is not closed");
                    }

                    var name = text[(pos + (arrayOfTables ? 2 : 1))..close].Trim().Trim('"', '\'');
                    pos = close + (arrayOfTables ? 2 : 1);
                    EndOfLine();
                    skippingTable = arrayOfTables;
                    if (arrayOfTables)
                    {
                        notes.Add($"the TOML array of tables [[{name}]] (line {Line}) is not kept; its entries were left out.");
                        continue;
                    }

                    yaml.Append(YamlText.Key(name)).Append(":\n");
                    indent = "  ";
                    continue;
                }

                var key = Key();
                SkipSpaces();
                Expect('=');
                SkipSpaces();
                var value = Value(0);
                EndOfLine();
                if (!skippingTable)
                {
                    yaml.Append(indent).Append(YamlText.Key(key)).Append(": ").Append(value).Append('\n');
                }
            }
            catch (FormatException e)
            {
                var line = firstLine + text.AsSpan(0, lineStart).Count('\n');
                notes.Add($"line {line} of the TOML front matter could not be read ({e.Message}); it was left out.");
                pos = lineStart;
                SkipToNextLine();
            }
        }
    }

    private string Key()
    {
        if (pos < text.Length && text[pos] is '"' or '\'')
        {
            return Unquoted(text[pos]);
        }

        var start = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '-' or '.'))
        {
            pos++;
        }

        return pos > start ? text[start..pos] : throw Unreadable("a key was expected");
    }

    /// <summary>A value as YAML text.</summary>
    private string Value(int depth)
    {
        if (depth > MaxNesting)
        {
            throw new ContentFormatException($"the TOML front matter nests deeper than {MaxNesting} levels (line {Line}).");
        }

        if (pos >= text.Length)
        {
            throw Unreadable("a value was expected");
        }

        switch (text[pos])
        {
            case '"' or '\'':
                return YamlText.Quote(Unquoted(text[pos]));
            case '[':
                return Sequence(depth);
            case '{':
                return InlineTable(depth);
            default:
                var start = pos;
                while (pos < text.Length && text[pos] is not (',' or ']' or '}' or '\n' or '#'))
                {
                    pos++;
                }

                var bare = text[start..pos].Trim();
                pos = start + text[start..pos].TrimEnd().Length;
                return bare.Length > 0 && bare.All(c => char.IsLetterOrDigit(c) || c is '-' or '+' or '.' or ':' or '_' or ' ' or 'T' or 'Z')
                    ? bare
                    : throw Unreadable($"\"{bare}\" is not a TOML value");
        }
    }

    private string Sequence(int depth)
    {
        pos++; // [
        var items = new List<string>();
        while (true)
        {
            SkipBlankAndComments();
            if (pos < text.Length && text[pos] == ']')
            {
                pos++;
                return "[" + string.Join(", ", items) + "]";
            }

            items.Add(Value(depth + 1));
            SkipBlankAndComments();
            if (pos < text.Length && text[pos] == ',')
            {
                pos++;
            }
            else if (pos >= text.Length || text[pos] != ']')
            {
                throw Unreadable("the array is not closed");
            }
        }
    }

    private string InlineTable(int depth)
    {
        pos++; // {
        var pairs = new List<string>();
        while (true)
        {
            SkipSpaces();
            if (pos < text.Length && text[pos] == '}')
            {
                pos++;
                return "{" + string.Join(", ", pairs) + "}";
            }

            var key = Key();
            SkipSpaces();
            Expect('=');
            SkipSpaces();
            pairs.Add(YamlText.Key(key) + ": " + Value(depth + 1));
            SkipSpaces();
            if (pos < text.Length && text[pos] == ',')
            {
                pos++;
            }
            else if (pos >= text.Length || text[pos] != '}')
            {
                throw Unreadable("the inline table is not closed");
            }
        }
    }

    /// <summary>A basic ("...", with escapes) or literal ('...') string, single- or multi-line, as its text.</summary>
    private string Unquoted(char quote)
    {
        var triple = new string(quote, 3);
        var multiLine = string.CompareOrdinal(text, pos, triple, 0, 3) == 0;
        pos += multiLine ? 3 : 1;
        if (multiLine && pos < text.Length && text[pos] == '\n')
        {
            pos++; // a newline right after the opening quotes is not part of the string
        }

        var value = new StringBuilder();
        while (pos < text.Length)
        {
            var c = text[pos];
            if (multiLine ? string.CompareOrdinal(text, pos, triple, 0, 3) == 0 : c == quote)
            {
                pos += multiLine ? 3 : 1;
                return value.ToString();
            }

            if (c == '\n' && !multiLine)
            {
                break;
            }

            if (c == '\\' && quote == '"' && pos + 1 < text.Length)
            {
                value.Append(Escape());
                continue;
            }

            value.Append(c);
            pos++;
        }

        throw Unreadable("the string is not closed");
    }

    private string Escape()
    {
        var e = text[pos + 1];
        pos += 2;
        switch (e)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'b': return "\b";
            case 'f': return "\f";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u' or 'U':
                var length = e == 'u' ? 4 : 8;
                if (pos + length <= text.Length && int.TryParse(text.AsSpan(pos, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                    && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                {
                    pos += length;
                    return char.ConvertFromUtf32(code);
                }

                throw Unreadable("a \\u escape is not a character");
            case '\n':
                // A line-ending backslash joins the next line, without its leading spaces.
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                return "";
            default:
                throw Unreadable($"\\{e} is not a TOML escape");
        }
    }

    private void Expect(char c)
    {
        if (pos >= text.Length || text[pos] != c)
        {
            throw Unreadable($"\"{c}\" was expected");
        }

        pos++;
    }

    private void SkipSpaces()
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }
    }

    private void SkipBlankAndComments()
    {
        while (pos < text.Length)
        {
            if (char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }
            else if (text[pos] == '#')
            {
                SkipToNextLine();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>After a value only spaces and a comment may follow on its line.</summary>
    private void EndOfLine()
    {
        SkipSpaces();
        if (pos < text.Length && text[pos] is not ('\n' or '#'))
        {
            throw Unreadable("the line goes on after its value");
        }

        SkipToNextLine();
    }

    private void SkipToNextLine()
    {
        var newline = text.IndexOf('\n', pos);
        pos = newline < 0 ? text.Length : newline + 1;
    }

    private static FormatException Unreadable(string why) => new(why);
}
