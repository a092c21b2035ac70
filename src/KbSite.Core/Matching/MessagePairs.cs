namespace KbSite.Matching;

/// <summary>
/// Adjacent pairs of message tokens, with every variable part written as one marker, as index terms. A pair of
/// everyday words is far rarer than either word alone, so a few pairs find a message among thousands that share its
/// words, and they keep word order, as the alignment does; the marker lets "file &lt;path&gt;" meet "file C:\x.edb".
/// </summary>
public static class MessagePairs
{
    private const string VariableMarker = "#";

    public static IEnumerable<string> Of(IReadOnlyList<MessageToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 1; i < tokens.Count; i++)
        {
            yield return Key(tokens[i - 1]) + " " + Key(tokens[i]);
        }
    }

    private static string Key(MessageToken token) => token.IsVariable ? VariableMarker : token.Key;
}
