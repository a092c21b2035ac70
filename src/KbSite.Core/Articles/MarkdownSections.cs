using System.Text;
using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>Reads "## Heading" sections of an article body.</summary>
public static partial class MarkdownSections
{
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>])", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Escape();

    /// <summary>The text of the first section titled <paramref name="heading"/> (any case), whitespace collapsed; empty when absent.</summary>
    public static string Text(string body, string heading)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder();
        var inside = false;
        var fenced = false;
        foreach (var line in body.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }

            if (!fenced && line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inside)
                {
                    break;
                }

                inside = string.Equals(line[3..].Trim(), heading, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inside)
            {
                text.Append(line).Append('\n');
            }
        }

        // Plain text: Markdown's backslash escapes ("\*") stand for the character itself.
        return TextTools.Collapse(Escape().Replace(text.ToString(), "$1"));
    }
}
