namespace KbSite.Content;

/// <summary>How a Markdown file carries its front matter.</summary>
public enum FrontMatterStyle
{
    /// <summary>No front matter: the file is all body (BookStack and most wiki exports).</summary>
    None,

    /// <summary>YAML between "---" lines (this format, Jekyll, Hugo, docs sites, Wiki.js, Raneto).</summary>
    Yaml,

    /// <summary>TOML between "+++" lines (Hugo).</summary>
    Toml,

    /// <summary>"Key: value" lines inside a leading /* ... */ comment (older Raneto).</summary>
    Comment,
}

/// <summary>
/// A Markdown file cut into its front matter, given as YAML whatever form the file used, and its body.
/// <paramref name="FirstLine"/> is the file line of the front matter's first line, so messages name file lines.
/// </summary>
public sealed record FrontMatterBlock(FrontMatterStyle Style, string Yaml, string Body, int FirstLine)
{
    /// <summary>Cuts <paramref name="text"/> (line ends already "\n"); throws when a front matter is opened and never closed.</summary>
    public static FrontMatterBlock Split(string text, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(notes);
        var lines = text.Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        var opening = first < lines.Length ? lines[first].Trim() : "";
        var (style, closings) = opening switch
        {
            "---" => (FrontMatterStyle.Yaml, new[] { "---", "..." }),
            "+++" => (FrontMatterStyle.Toml, new[] { "+++" }),
            "/*" => (FrontMatterStyle.Comment, new[] { "*/" }),
            _ => (FrontMatterStyle.None, Array.Empty<string>()),
        };
        if (style == FrontMatterStyle.None)
        {
            return new FrontMatterBlock(style, "", text, 0);
        }

        for (var i = first + 1; i < lines.Length; i++)
        {
            if (closings.Contains(lines[i].Trim()))
            {
                var inner = string.Join('\n', lines[(first + 1)..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                var yaml = style switch
                {
                    FrontMatterStyle.Toml => TomlFrontMatter.ToYaml(inner, first + 2, notes),
                    FrontMatterStyle.Comment => CommentFrontMatter(inner, first + 2, notes),
                    _ => inner,
                };
                return new FrontMatterBlock(style, yaml, body, first + 2);
            }
        }

        throw new ContentFormatException(style switch
        {
            FrontMatterStyle.Toml => $"the TOML front matter opened at line {first + 1} is not closed: no second \"+++\" line.",
            FrontMatterStyle.Comment => $"the /* front matter opened at line {first + 1} is not closed: no \"*/\" line.",
            _ => $"the front matter opened at line {first + 1} is not closed: no second \"---\" line.",
        });
    }

    /// <summary>Older Raneto: "Title: Welcome" lines in a comment. Each becomes a YAML string; other lines are noted and left out.</summary>
    private static string CommentFrontMatter(string inner, int firstLine, ICollection<string> notes)
    {
        var yaml = new List<string>();
        var lines = inner.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0)
            {
                continue;
            }

            if (colon <= 0 || !line[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ' '))
            {
                notes.Add($"line {firstLine + i} of the /* */ header is not \"Key: value\"; it was left out.");
                continue;
            }

            yaml.Add($"{YamlText.Key(line[..colon].Trim())}: {YamlText.Quote(line[(colon + 1)..].Trim())}");
        }

        return string.Join('\n', yaml);
    }
}
