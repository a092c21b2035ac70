using System.Text.RegularExpressions;

namespace KbSite.Matching;

/// <summary>
/// How well one pasted event matches one stored signature. The base score weighs source (0.2), id (0.3) and the
/// alignment of the messages (0.5); an article that names no source is neutral on it. Then, worth at most 0.02 so that
/// they only order what the base leaves (nearly) tied: values the article prints that the paste carries too (a code
/// much, any other value a little; another code is weak evidence against; a placeholder says nothing), a level the
/// article states otherwise, and how closely the paste's words and punctuation follow the article's
/// (<see cref="ConstantText"/>). A paste of insertion strings only is put into the article's message, slot by slot;
/// its wording then says nothing, so the message weighs 0.2 and is scored by how well the strings fit.
/// </summary>
internal static partial class SignatureScorer
{
    private const double SourceWeight = 0.2;
    private const double IdWeight = 0.3;
    private const double MessageWeight = 0.5;
    private const double InsertsMessageWeight = 0.2;

    /// <summary>The share of the score that orders near-ties: values (up to 0.016), closeness (up to 0.004).</summary>
    private const double TieShare = 0.02;

    private static readonly MessageToken Blank = new(TokenKind.Placeholder, MessageTokenizer.BlankText, "");

    [GeneratedRegex(@"^%(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    /// <summary>The score without closeness (see <see cref="WithCloseness"/>): enough to find the near-ties it orders.</summary>
    public static EventMatch Score(int eventIndex, PastedMessage paste, StoredSignature signature, List<MessageToken> signatureTokens)
    {
        var pasted = paste.Event;
        double total = 0, weights = 0;
        bool? sameSource = null, sameId = null;
        if (pasted.Source.Length > 0 && signature.Source.Length > 0)
        {
            sameSource = paste.Source == Search.SourceName.Normalize(signature.Source);
            weights += SourceWeight;
            total += sameSource.Value ? SourceWeight : 0;
        }

        if (pasted.EventId is { } id)
        {
            sameId = id == signature.EventId;
            weights += IdWeight;
            total += sameId.Value ? IdWeight : 0;
        }

        MessageAlignment? alignment = null;
        var (pastedTokens, fit) = paste.FromInserts ? Fill(signatureTokens, paste.Inserts) : (paste.Tokens, 0);
        if (pastedTokens.Count > 0)
        {
            alignment = MessageAligner.Align(signatureTokens, pastedTokens);
            if (paste.FromInserts)
            {
                // The words are the article's own: only how well the strings fit its variable parts says anything.
                weights += InsertsMessageWeight;
                total += InsertsMessageWeight * fit;
            }
            else
            {
                weights += MessageWeight;
                total += MessageWeight * alignment.Score;
            }
        }

        var score = weights == 0 ? 0 : total / weights;
        var levelDiffers = LevelDiffers(pasted.Level, signature.Level);
        if (alignment is not null)
        {
            // A source logs one event id at one level: a level the article states otherwise weighs like another code.
            var otherLevel = levelDiffers ? 0.1 : 0;
            var sameOthers = alignment.SameValues.Count - alignment.SameCodes;
            var values = Math.Clamp((0.15 * alignment.SameCodes) + (0.03 * sameOthers) - (0.08 * alignment.CodesDiffer) - otherLevel, -0.4, 0.4);
            score = ((1 - TieShare) * score) + (TieShare * (0.4 + values));
        }

        return new EventMatch(eventIndex, signature.Source, signature.EventId, signature.Level, signature.Message, score, sameSource, sameId, alignment)
        {
            FromInserts = paste.FromInserts,
            InsertsFit = fit,
            OtherLevel = levelDiffers,
        };
    }

    /// <summary>The most closeness can add: matches further than this below an event's best cannot be reordered by it.</summary>
    public const double ClosenessShare = TieShare * 0.2;

    /// <summary>
    /// Adds how closely the paste's words and punctuation follow the article's. Comparing them costs more than the rest
    /// of the score, and only orders near-ties, so it is done only for the matches within <see cref="ClosenessShare"/>
    /// of an event's best.
    /// </summary>
    public static EventMatch WithCloseness(EventMatch match, PastedMessage paste, List<string> signatureText) =>
        match.Alignment is null || paste.FromInserts
            ? match
            : match with { Score = match.Score + (ClosenessShare * ConstantText.Closeness(signatureText, paste.ConstantText)) };

    /// <summary>
    /// The article's message with the paste's insertion strings in its variable parts. "%n" takes the n-th; otherwise
    /// the strings go into the parts in order, each where its shape fits best (a number where the article prints a
    /// number, a name where it prints a name), so that one extra or missing string does not shift all the others. A
    /// part left without one stays unmatched; a string left over is appended. Fit: how well they went in, 0 to 1.
    /// </summary>
    private static (List<MessageToken> Tokens, double Fit) Fill(List<MessageToken> template, IReadOnlyList<string> inserts)
    {
        var values = inserts.Select(Insert).ToList();
        var shapes = values.Select(v => v.First(t => t.IsVariable)).ToList(); // what each string is fitted by
        // A capitalised word inside the message may be a name the article printed where an insertion string goes.
        var slots = template.Select((t, i) => (Token: t, Position: i)).Where(s => s.Token.IsVariable || (s.Position > 0 && MessageAligner.IsName(s.Token))).ToList();
        var assigned = new int[template.Count];
        Array.Fill(assigned, -1);
        if (slots.Any(s => Numbered().IsMatch(s.Token.Text)))
        {
            // Numbered parts say where each string goes; names the article printed stay as printed.
            var next = 0;
            foreach (var (token, position) in slots.Where(s => s.Token.IsVariable))
            {
                var k = Numbered().Match(token.Text) is { Success: true } n ? int.Parse(n.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : next++;
                assigned[position] = k >= 0 && k < values.Count ? k : -1;
            }
        }
        else
        {
            foreach (var (slot, value) in InOrder(slots.Select(s => s.Token).ToList(), shapes))
            {
                assigned[slots[slot].Position] = value;
            }
        }

        var filled = new List<MessageToken>(template.Count + values.Count);
        for (var i = 0; i < template.Count; i++)
        {
            if (assigned[i] < 0 && !template[i].IsVariable)
            {
                filled.Add(template[i] with { Index = -1 });
            }
            else if (assigned[i] >= 0)
            {
                filled.AddRange(values[assigned[i]]);
            }
            else
            {
                // Kept empty, so that the side-by-side view pairs this part with nothing rather than with the next string.
                filled.Add(Blank);
            }
        }

        var used = assigned.Where(k => k >= 0).ToHashSet();
        filled.AddRange(values.Where((_, k) => !used.Contains(k)).SelectMany(v => v));
        var fit = Enumerable.Range(0, template.Count).Where(i => assigned[i] >= 0)
            .Sum(i => Fit(template[i], shapes[assigned[i]]) / 2);
        var parts = slots.Count(s => s.Token.IsVariable || assigned[s.Position] >= 0);
        return (filled, values.Count == 0 ? 0 : fit / Math.Max(parts, values.Count));
    }

    /// <summary>The in-order pairing of parts and values that fits best by shape (a small alignment: both lists are short).</summary>
    private static List<(int Slot, int Value)> InOrder(List<MessageToken> slots, List<MessageToken> values)
    {
        var best = new double[slots.Count + 1, values.Count + 1];
        for (var i = slots.Count - 1; i >= 0; i--)
        {
            for (var j = values.Count - 1; j >= 0; j--)
            {
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), Fit(slots[i], values[j]) + best[i + 1, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < slots.Count && j < values.Count;)
        {
            if (best[i, j] == Fit(slots[i], values[j]) + best[i + 1, j + 1])
            {
                pairs.Add((i++, j++));
            }
            else if (best[i, j] == best[i + 1, j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    /// <summary>How well a value fits a part the article prints: the same kind or a placeholder best, a name for a name, a name in a bracketed code.</summary>
    private static double Fit(MessageToken slot, MessageToken value) => slot.Kind switch
    {
        _ when slot.Kind == value.Kind && slot.IsVariable => 2,
        TokenKind.Placeholder => 2,
        TokenKind.Word => value.Kind is TokenKind.Quoted or TokenKind.Name ? 2 : 0.25,
        TokenKind.DiagnosticCode when value.Kind is TokenKind.DistinguishedName or TokenKind.Name => 1,
        TokenKind.Name or TokenKind.Quoted or TokenKind.Account when value.Kind is TokenKind.Name or TokenKind.Quoted or TokenKind.Account => 1,
        _ => 0.25,
    };

    /// <summary>Both name a level and they are not the same ("Warning" against "Error"; "Info" is "Information").</summary>
    private static bool LevelDiffers(string pasted, string article)
    {
        static string Key(string level) => level.Trim() is var l && l.StartsWith("audit", StringComparison.OrdinalIgnoreCase)
            ? l.ToLowerInvariant()
            : l[..Math.Min(4, l.Length)].ToLowerInvariant();
        return pasted.Trim().Length > 0 && article.Trim().Length > 0 && Key(pasted) != Key(article);
    }

    /// <summary>
    /// An insertion string as the tokens it puts into the message: its own when it holds a value ("/O=.../CN=Microsoft"
    /// and "MTA"), else one quoted name ("Backup Agent"). The first is its kind when fitting it to a part.
    /// </summary>
    private static List<MessageToken> Insert(string value)
    {
        var tokens = MessageTokenizer.Tokenize(value);
        if (tokens.Count == 0)
        {
            return [Blank];
        }

        return tokens.Any(t => t.IsVariable)
            ? tokens.Select(t => t with { Index = -1 }).ToList()
            : [new MessageToken(TokenKind.Quoted, value, value.ToLowerInvariant())];
    }
}
