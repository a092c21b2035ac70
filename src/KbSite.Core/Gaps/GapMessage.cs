using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KbSite.Matching;

namespace KbSite.Gaps;

/// <summary>
/// What is kept of a pasted message: its fixed words, with every part that could name the reader's systems replaced by
/// a numbered marker (%1, %2, ...), the way articles print variable parts. Masked: everything the matcher reads as a
/// variable part (numbers, codes, paths, addresses, names with digits, accounts, quoted names, X.500 names, ...), and
/// beyond that what reads like a name: e-mail addresses, URLs, dotted host names, words of five or more capitals, and capitalised
/// words anywhere but at the start of a sentence. A product name inside a message is masked too; the editor who
/// writes the article puts it back.
/// </summary>
public static partial class GapMessage
{
    [GeneratedRegex("""
        (?<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
        |(?<url>\b[a-z][a-z0-9+.-]*://\S+)
        |(?<host>\b(?=[\w.-]*[a-z])[\w-]+(?:\.[\w-]+){2,}\b)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameLike();

    private const int MaxAcronymLength = 4;

    /// <summary>How much of a pasted message is read at all: twice what is kept (markers are shorter than values).</summary>
    public const int MaxInputLength = PasteGap.MaxMessageLength * 2;

    [GeneratedRegex(@"%\d+")]
    private static partial Regex Marker();

    /// <summary>The masked message: at most <see cref="PasteGap.MaxMessageLength"/> characters, markers numbered in order.</summary>
    public static string Mask(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Length > MaxInputLength ? message[..MaxInputLength] : message;
        string premasked;
        try
        {
            premasked = NameLike().Replace(text, "%0");
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep nothing of it rather than something unmasked.
            return "";
        }

        var tokens = MessageTokenizer.Tokenize(premasked);
        var masked = new StringBuilder(premasked.Length);
        var at = 0;
        foreach (var t in tokens)
        {
            if (t.Length > 0 && t.Index >= at && (t.IsVariable || ReadsLikeAName(premasked, t)))
            {
                masked.Append(premasked, at, t.Index - at).Append("%0");
                at = t.Index + t.Length;
            }
        }

        // The tokenizer stops after a bound (or a pathological stretch): words past what it read were never looked at,
        // so they are not kept; what follows the last token is kept only when it is punctuation.
        var read = tokens.Count == 0 ? 0 : Math.Max(at, tokens[^1].Index + tokens[^1].Length);
        masked.Append(premasked, at, read - at);
        if (!premasked[read..].Any(char.IsLetterOrDigit))
        {
            masked.Append(premasked, read, premasked.Length - read);
        }

        var number = 0;
        var result = Marker().Replace(Collapse(masked.ToString()), _ => "%" + (++number).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return result.Length > PasteGap.MaxMessageLength ? result[..PasteGap.MaxMessageLength] : result;
    }

    /// <summary>What makes two pastes the same gap: source (any case), id and masked message.</summary>
    public static string Key(string source, int? eventId, string maskedMessage)
    {
        var text = $"{source.Trim().ToUpperInvariant()}\n{eventId}\n{maskedMessage}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A word in capitals, or a capitalised word that does not start a sentence: a machine, person or place.</summary>
    private static bool ReadsLikeAName(string text, MessageToken token)
    {
        if (token.Kind != TokenKind.Word || token.Text.Length == 0 || !char.IsUpper(token.Text[0]))
        {
            return false;
        }

        // Short capitals are the protocols and products messages name (MTA, SMTP, DNS, RPC); longer ones are hosts and domains.
        if (token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return token.Text.Length > MaxAcronymLength;
        }

        var before = text.AsSpan(0, token.Index).TrimEnd();
        return before.Length > 0 && before[^1] is not ('.' or '!' or '?' or ':' or '\n');
    }

    /// <summary>Markers next to each other ("%0 %0" from a two-word name) become one.</summary>
    private static string Collapse(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = text.Replace("%0 %0", "%0", StringComparison.Ordinal).Replace("%0%0", "%0", StringComparison.Ordinal);
        }
        while (text != previous);
        return text.Trim();
    }
}
