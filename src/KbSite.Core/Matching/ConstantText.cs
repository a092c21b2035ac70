using System.Text.RegularExpressions;

namespace KbSite.Matching;

/// <summary>
/// The constant text of a message as a sequence of its words and punctuation marks, each value masked by one marker:
/// what tells "the store (PRIV) could not be opened" from "the store, PRIV, could not be opened" when the words alike
/// agree. <see cref="Closeness"/> compares two such sequences.
/// </summary>
internal static partial class ConstantText
{
    /// <summary>Long messages are compared on their first part: enough to tell wordings apart, and bounded in cost.</summary>
    private const int MaxTokens = 160;

    private const string Value = "\u0001";

    [GeneratedRegex(@"\w+|[^\w\s]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Surface();

    /// <summary>The sequence of <paramref name="message"/>, whose tokens (with their places) say where the values are.</summary>
    public static List<string> Of(string message, IReadOnlyList<MessageToken> tokens)
    {
        var sequence = new List<string>();
        var at = 0;
        foreach (var token in tokens.Where(t => t.IsVariable && t.Index >= at))
        {
            AddSurface(message, at, token.Index, sequence);
            sequence.Add(Value);
            at = token.Index + token.Length;
            if (sequence.Count >= MaxTokens)
            {
                return sequence.Take(MaxTokens).ToList();
            }
        }

        AddSurface(message, at, message.Length, sequence);
        return sequence.Count > MaxTokens ? sequence.Take(MaxTokens).ToList() : sequence;
    }

    /// <summary>
    /// How closely the pasted sequence follows the stored one, 0 to 1: twice their longest common subsequence over their
    /// lengths, the stored one counted only as far as the paste reaches (a paste cut short is compared with the start).
    /// </summary>
    public static double Closeness(List<string> stored, List<string> pasted)
    {
        if (stored.Count == 0 || pasted.Count == 0)
        {
            return 0;
        }

        var dp = new int[pasted.Count + 1, stored.Count + 1];
        for (var i = pasted.Count - 1; i >= 0; i--)
        {
            for (var j = stored.Count - 1; j >= 0; j--)
            {
                dp[i, j] = pasted[i] == stored[j] ? dp[i + 1, j + 1] + 1 : Math.Max(dp[i + 1, j], dp[i, j + 1]);
            }
        }

        // Walk the common subsequence to find how far into the stored text it reaches.
        int a = 0, b = 0, reached = 0;
        while (a < pasted.Count && b < stored.Count)
        {
            if (pasted[a] == stored[b])
            {
                reached = ++b;
                a++;
            }
            else if (dp[a + 1, b] >= dp[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return 2.0 * dp[0, 0] / (pasted.Count + reached);
    }

    private static void AddSurface(string message, int from, int to, List<string> sequence)
    {
        if (to <= from)
        {
            return;
        }

        foreach (Match m in Surface().Matches(message, from))
        {
            if (m.Index >= to || sequence.Count >= MaxTokens)
            {
                break;
            }

            sequence.Add(m.Value.ToLowerInvariant());
        }
    }
}
