namespace KbSite.Matching;

/// <summary>
/// Aligns a pasted message against a stored one token by token (a weighted longest common subsequence), so that word
/// order matters and two messages with the same words in another order, or other words, are told apart. Fixed words
/// must be equal; a variable part of the stored message lines up with any variable part (or a name written as a
/// word) of the paste, and the pair is reported as a difference.
/// </summary>
public static class MessageAligner
{
    public const int MaxPastedTokens = 240;

    private const double VariableWeight = 0.6;
    private const double SameKindVariable = 0.6;
    private const double OtherKindVariable = 0.35;
    private const double VariableAsWord = 0.3;

    // Glue words carry little evidence; everything else counts fully.
    private static readonly HashSet<string> LightWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "of", "in", "on", "at", "and", "or", "is", "was", "be", "by", "for", "with", "from", "this", "that", "it",
    };

    public static MessageAlignment Align(IReadOnlyList<MessageToken> template, IReadOnlyList<MessageToken> pasted)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(pasted);
        if (pasted.Count > MaxPastedTokens)
        {
            pasted = pasted.Take(MaxPastedTokens).ToList();
        }

        var n = template.Count;
        var m = pasted.Count;
        var dp = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var best = Math.Max(dp[i + 1, j], dp[i, j + 1]);
                var w = Weight(template[i], pasted[j], isLastPasted: j == m - 1, midSentence: i > 0 && j > 0);
                if (w > 0)
                {
                    best = Math.Max(best, dp[i + 1, j + 1] + w);
                }

                dp[i, j] = best;
            }
        }

        // Walk the best path forwards, marking what lined up.
        var templateStates = new SegmentState[n];
        var pastedStates = new SegmentState[m];
        Array.Fill(templateStates, SegmentState.Unmatched);
        Array.Fill(pastedStates, SegmentState.Unmatched);
        var differences = new List<SlotDifference>();
        var sameValues = new List<string>();
        int sameCodes = 0, codesDiffer = 0;
        var matchedWords = 0;
        double templateMatched = 0, pastedMatched = 0;
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            var w = Weight(template[a], pasted[b], isLastPasted: b == m - 1, midSentence: a > 0 && b > 0);
            if (w > 0 && Math.Abs(dp[a, b] - (dp[a + 1, b + 1] + w)) < 1e-9)
            {
                var same = template[a].Key == pasted[b].Key || IsCutShort(template[a], pasted[b], isLastPasted: b == m - 1);
                templateStates[a] = pastedStates[b] = same ? SegmentState.Same : SegmentState.Differs;
                if (!same)
                {
                    differences.Add(new SlotDifference(template[a].Text, pasted[b].Text));
                }
                else if (!template[a].IsVariable)
                {
                    matchedWords++;
                }

                // A value the article prints is evidence when the paste carries the same one; another code (not
                // another server name: that is only another server) is weak evidence against; a placeholder says nothing.
                if (template[a].IsVariable && template[a].Kind != TokenKind.Placeholder && pasted[b].IsVariable)
                {
                    if (same)
                    {
                        sameValues.Add(template[a].Text);
                        sameCodes += template[a].IsCode ? 1 : 0;
                    }
                    else if (template[a].IsCode && pasted[b].IsCode)
                    {
                        codesDiffer++;
                    }
                }

                // A pair that lines up only loosely (another kind of value, a name for a value) explains less.
                var credit = Math.Min(1, w / Own(template[a]));
                templateMatched += Own(template[a]) * credit;
                pastedMatched += Own(pasted[b]) * credit;
                a++;
                b++;
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

        var templateTotal = template.Sum(Own);
        var pastedTotal = pasted.Sum(Own);
        var reached = Array.FindLastIndex(templateStates, s => s != SegmentState.Unmatched);
        var spanTotal = template.Take(reached + 1).Sum(Own);
        return new MessageAlignment(
            templateTotal == 0 ? 0 : templateMatched / templateTotal,
            spanTotal == 0 ? 0 : templateMatched / spanTotal,
            pastedTotal == 0 ? 0 : pastedMatched / pastedTotal,
            matchedWords,
            template.Count(t => !t.IsVariable),
            differences,
            template.Select((t, i) => new AlignedToken(t.Text, templateStates[i]) { Start = t.Index, Length = t.Length }).ToList(),
            pasted.Select((t, i) => new AlignedToken(t.Text, pastedStates[i]) { Start = t.Index, Length = t.Length }).ToList())
        {
            SameValues = sameValues,
            SameCodes = sameCodes,
            CodesDiffer = codesDiffer,
        };
    }

    /// <summary>What lining up these two tokens is worth; 0 when they cannot line up.</summary>
    private static double Weight(MessageToken stored, MessageToken pasted, bool isLastPasted, bool midSentence)
    {
        if (!stored.IsVariable)
        {
            if (!pasted.IsVariable && stored.Key == pasted.Key)
            {
                return Own(stored);
            }

            if (IsCutShort(stored, pasted, isLastPasted))
            {
                return Own(stored) * 0.8;
            }

            // Capitalised words inside a message are mostly names (organisations, sites, services) that differ
            // from one network to the next: "Contoso" in the article, "Litware" in the log. They line up as two
            // values do, so that an article printing a sample name is not behind one printing a placeholder.
            return midSentence && IsName(stored) && IsName(pasted) ? SameKindVariable : 0;
        }

        if (pasted.IsVariable)
        {
            return stored.Kind == pasted.Kind || stored.Kind == TokenKind.Placeholder ? SameKindVariable : OtherKindVariable;
        }

        // A name where the article has a value or a placeholder is a value too (whichever the article printed);
        // an ordinary word there is worth only a little.
        return midSentence && IsName(pasted) ? SameKindVariable : VariableAsWord;
    }

    /// <summary>A paste cut off mid-word ("servi" for "service") still counts its last word, a little less.</summary>
    private static bool IsCutShort(MessageToken stored, MessageToken pasted, bool isLastPasted) =>
        isLastPasted && !stored.IsVariable && pasted.Kind == TokenKind.Word && pasted.Key.Length >= 2
        && stored.Key.StartsWith(pasted.Key, StringComparison.Ordinal);

    /// <summary>A capitalised word that is not a glue word: inside a message, most likely a name.</summary>
    internal static bool IsName(MessageToken token) =>
        token.Kind == TokenKind.Word && char.IsUpper(token.Text[0]) && !LightWords.Contains(token.Key);

    // A capitalised word weighs as a value: it is as likely a name that differs between networks as a fixed word.
    private static double Own(MessageToken token) =>
        token.IsVariable || IsName(token) ? VariableWeight : LightWords.Contains(token.Key) ? 0.3 : 1.0;
}
