using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KbSite.Content;

/// <summary>
/// What a front matter may cost, checked on the parser's event stream (flat, no recursion) before it is loaded into a
/// tree (which recurses): its size, how deep it nests, how many values it holds, and no aliases, which would let a few
/// bytes expand into megabytes. A file beyond these is refused with a message; it never takes the process down.
/// </summary>
public static class FrontMatterLimits
{
    public const int MaxChars = 512 * 1024;

    /// <summary>The content format nests three deep (article, events, event); other systems' keys a few more.</summary>
    public const int MaxDepth = 16;

    public const int MaxValues = 20_000;

    /// <summary>Throws <see cref="ContentFormatException"/> when the front matter is beyond a limit; syntax errors are left to the loader, which names their line.</summary>
    public static void Check(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > MaxChars)
        {
            throw new ContentFormatException($"the front matter is {yaml.Length / 1024:N0} KB; at most {MaxChars / 1024:N0} KB are allowed.");
        }

        var parser = new Parser(new StringReader(yaml));
        int depth = 0, values = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        throw new ContentFormatException($"the front matter uses the YAML alias *{alias.Value} (line {alias.Start.Line + 1}); write the value out instead.");
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        throw new ContentFormatException($"the front matter nests deeper than {MaxDepth} levels (line {parser.Current.Start.Line + 1}).");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }

                if (parser.Current is NodeEvent && ++values > MaxValues)
                {
                    throw new ContentFormatException($"the front matter holds more than {MaxValues:N0} values.");
                }
            }
        }
        catch (YamlException)
        {
            // Broken YAML: loading it reports the line and the reason.
        }
    }
}
