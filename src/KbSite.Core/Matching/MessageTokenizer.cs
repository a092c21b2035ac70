using System.Text.RegularExpressions;

namespace KbSite.Matching;

/// <summary>
/// Splits an event message into fixed words and variable parts. The variable parts are recognised by their shape,
/// so that a message stored exactly as an article prints it still matches the same event from another server:
/// numbers, hex codes, GUIDs, IP addresses, file paths, X.500 names (with the capitalised words that end their last
/// part: "/CN=Microsoft MTA") and LDAP names, bracketed diagnostic codes (also one cut
/// off by the end of a truncated paste), quoted names, placeholders (&lt;database name&gt;, %1, {0}, xxx, ...),
/// DOMAIN\user accounts, server-like names (capitals with digits), and a value the article left blank ("with entity
/// . The": a space before a lone full stop or comma).
/// </summary>
public static partial class MessageTokenizer
{
    public const int MaxTokens = 400;

    // Order matters: the first alternative that matches at a position wins.
    [GeneratedRegex("""
        (?<guid>\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?)
        |(?<dn>(?:/(?:O|OU|CN|C|DC)=\s?[^/\]\s]*(?:\s(?=[^/\]\s]*/(?:O|OU|CN|C|DC)=))?)+(?:\ [A-Z][A-Z0-9]{1,15}(?=[\s.,;:\])]|$))*|(?:\b(?:CN|OU|DC|O)=[^,\s]+,\s?)+(?:CN|OU|DC|O)=[^,\s\]]+)
        |(?<diag>\[[^\[\]\r\n]{1,120}\](?:\s*\(\d{1,3}\))?|\(\d{1,3}\)(?=\s*$)|\[[^\[\]\r\n]{1,120}(?=\s*\z))
        |(?<path>(?:[A-Za-z]:\\|\\\\)[^\s'"<>|,;]*)
        |(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b)
        |(?<hex>\b0x[0-9A-Fa-f]+\b|\b[0-9A-Fa-f]{8}h?\b(?=[^\w]|$))
        |(?<quoted>'[^'\r\n]{1,100}'|"[^"\r\n]{1,100}")
        |(?<placeholder><[^<>\r\n]{1,40}>|%\d+|\{\d+\}|\b[xX]{3,}\b|\.{3,}|…)
        |(?<blank>(?<=\w)[\ \t]+(?=[.,](?:\s|$)))
        |(?<account>\b[A-Za-z][\w.-]*\\[A-Za-z$][\w.$-]*)
        |(?<number>-?\b\d+(?:[.,]\d+)*\b)
        |(?<name>\b(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z][A-Za-z0-9_-]*\b)
        |(?<word>[\p{L}\p{N}]+)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:<[^<>]{1,40}>|%\d+|\{\d+\}|[xX]{3,}|\.{3,}|…)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPlaceholder();

    public static List<MessageToken> Tokenize(string? message)
    {
        var tokens = new List<MessageToken>();
        if (string.IsNullOrEmpty(message))
        {
            return tokens;
        }

        try
        {
            foreach (Match m in Token().Matches(message))
            {
                tokens.Add(Classify(m));
                if (tokens.Count == MaxTokens)
                {
                    break;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: what was read so far is enough to match on.
        }

        return tokens;
    }

    /// <summary>How a value the article left out ("with entity ." where the name goes) is shown.</summary>
    public const string BlankText = "(blank)";

    private static MessageToken Classify(Match m)
    {
        var text = m.Value;
        if (m.Groups["word"].Success)
        {
            return new MessageToken(TokenKind.Word, text, text.ToLowerInvariant()) { Index = m.Index, Length = m.Length };
        }

        if (m.Groups["blank"].Success)
        {
            return new MessageToken(TokenKind.Placeholder, BlankText, "") { Index = m.Index, Length = 0 };
        }

        if (m.Groups["dn"].Success && text.Length > 1 && text[^1] is '.' or ',' or ';' or ':')
        {
            // The full stop after "/CN=SERVERS." ends the sentence, not the name.
            text = text[..^1];
        }

        var kind =
            m.Groups["guid"].Success ? TokenKind.GuidValue
            : m.Groups["dn"].Success ? TokenKind.DistinguishedName
            : m.Groups["diag"].Success ? TokenKind.DiagnosticCode
            : m.Groups["path"].Success ? TokenKind.Path
            : m.Groups["ip"].Success ? TokenKind.IpAddress
            : m.Groups["hex"].Success ? TokenKind.Hex
            : m.Groups["quoted"].Success ? TokenKind.Quoted
            : m.Groups["placeholder"].Success ? TokenKind.Placeholder
            : m.Groups["account"].Success ? TokenKind.Account
            : m.Groups["number"].Success ? TokenKind.Number
            : TokenKind.Name;
        // A quoted name is compared without its quotes: an event's insertion string carries none. A quoted
        // placeholder ("'<service name>'", "'%1'") is a placeholder.
        var key = kind == TokenKind.Quoted ? text[1..^1].ToLowerInvariant() : text.ToLowerInvariant();
        if (kind == TokenKind.Quoted && QuotedPlaceholder().IsMatch(key))
        {
            kind = TokenKind.Placeholder;
        }

        return new MessageToken(kind, text, key) { Index = m.Index, Length = text.Length };
    }
}
