using System.Text.RegularExpressions;

namespace KbSite.Matching;

/// <summary>
/// Splits an event message into fixed words and variable parts. The variable parts are recognised by their shape,
/// so that a message stored exactly as an article prints it still matches the same event from another server:
/// numbers, hex codes, GUIDs, IP addresses, file paths, X.500 and LDAP names, bracketed diagnostic codes (also one cut
/// off by the end of a truncated paste), quoted names, placeholders (&lt;database name&gt;, %1, {0}, xxx, ...), DOMAIN\user accounts, and
/// server-like names (capitals with digits).
/// </summary>
public static partial class MessageTokenizer
{
    public const int MaxTokens = 400;

    // Order matters: the first alternative that matches at a position wins.
    [GeneratedRegex("""
        (?<guid>\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?)
        |(?<dn>(?:/(?:O|OU|CN|C|DC)=\s?[^/\]\s]*(?:\s(?=[^/\]\s]*/(?:O|OU|CN|C|DC)=))?)+|(?:\b(?:CN|OU|DC|O)=[^,\s]+,\s?)+(?:CN|OU|DC|O)=[^,\s\]]+)
        |(?<diag>\[[^\[\]\r\n]{1,120}\](?:\s*\(\d{1,3}\))?|\(\d{1,3}\)(?=\s*$)|\[[^\[\]\r\n]{1,120}(?=\s*\z))
        |(?<path>(?:[A-Za-z]:\\|\\\\)[^\s'"<>|,;]*)
        |(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b)
        |(?<hex>\b0x[0-9A-Fa-f]+\b|\b[0-9A-Fa-f]{8}h?\b(?=[^\w]|$))
        |(?<quoted>'[^'\r\n]{1,100}'|"[^"\r\n]{1,100}")
        |(?<placeholder><[^<>\r\n]{1,40}>|%\d+|\{\d+\}|\b[xX]{3,}\b|\.{3,}|…)
        |(?<account>\b[A-Za-z][\w.-]*\\[A-Za-z$][\w.$-]*)
        |(?<number>-?\b\d+(?:[.,]\d+)*\b)
        |(?<name>\b(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z][A-Za-z0-9_-]*\b)
        |(?<word>[\p{L}\p{N}]+)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();

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

    private static MessageToken Classify(Match m)
    {
        var text = m.Value;
        if (m.Groups["word"].Success)
        {
            return new MessageToken(TokenKind.Word, text, text.ToLowerInvariant());
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
        return new MessageToken(kind, text, text.ToLowerInvariant());
    }
}
