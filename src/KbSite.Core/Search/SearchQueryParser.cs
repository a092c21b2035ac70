using System.Text;

namespace KbSite.Search;

/// <summary>
/// Takes a typed query apart. Never throws: unbalanced quotes, lone operators, brackets and Lucene's special
/// characters all end up as plain words (which the analyzer then reduces to what can be searched).
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 1000;
    public const int MaxWords = 32;

    public static readonly IReadOnlyList<string> FilterFields = ["product", "source", "eventid", "status", "version"];

    public static ParsedQuery Parse(string? text)
    {
        var query = new ParsedQuery();
        text ??= "";
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            query.Notes.Add($"The query was longer than {MaxLength} characters; only the start was searched.");
        }

        var quotesAreSyntax = text.Count(c => c == '"') % 2 == 0;
        var words = new List<string>();
        foreach (var atom in Atoms(text, quotesAreSyntax))
        {
            if (atom.Field is not null)
            {
                if (atom.Value.Trim().Length > 0)
                {
                    query.Filters.Add((atom.Field, atom.Value.Trim()));
                }
            }
            else if (atom.Negated)
            {
                if (IsWordLike(atom.Value))
                {
                    query.Excluded.Add(atom.Value.Trim());
                }
            }
            else if (atom.Quoted)
            {
                if (IsWordLike(atom.Value))
                {
                    query.Phrases.Add(atom.Value.Trim());
                }
            }
            else if (IsWordLike(atom.Text))
            {
                words.Add(atom.Text);
            }
        }

        query.Words.AddRange(JoinSpacedLetters(words));
        if (query.Words.Count > MaxWords)
        {
            query.Words.RemoveRange(MaxWords, query.Words.Count - MaxWords);
            query.Notes.Add($"Only the first {MaxWords} words were searched.");
        }

        return query;
    }

    /// <summary>
    /// "S E R V P A C K" typed as eight one-letter words is the word SERVPACK, and "N T S P 4" is NTSP4, as at index time
    /// (<see cref="SingleLetterJoinFilter"/>: three or more, two letters at least).
    /// </summary>
    public static List<string> JoinSpacedLetters(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<string>();
        var run = new StringBuilder();
        var runLength = 0;
        foreach (var word in words.Append(""))
        {
            if (word.Length == 1 && char.IsLetterOrDigit(word[0]))
            {
                run.Append(word);
                runLength++;
                continue;
            }

            if (runLength >= 3 && run.ToString().Count(char.IsLetter) >= 2)
            {
                result.Add(run.ToString());
            }
            else
            {
                result.AddRange(run.ToString().Select(c => c.ToString()));
            }

            run.Clear();
            runLength = 0;
            if (word.Length > 0)
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>
    /// Splits on whitespace into atoms: [-][field:](word | "phrase"). Quotes count as syntax only when they are
    /// balanced; otherwise they are dropped and everything is words.
    /// </summary>
    private static List<Atom> Atoms(string text, bool quotesAreSyntax)
    {
        var atoms = new List<Atom>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated)
            {
                i++;
            }

            string? field = null;
            var colon = FieldPrefixEnd(text, i);
            if (colon > 0)
            {
                field = text[i..colon].ToLowerInvariant();
                i = colon + 1;
            }

            if (quotesAreSyntax && i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                atoms.Add(new Atom(text[start..(close + 1)], negated, field, text[(i + 1)..close], Quoted: true));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !(quotesAreSyntax && text[end] == '"'))
            {
                end++;
            }

            atoms.Add(new Atom(text[start..end].Replace("\"", "", StringComparison.Ordinal), negated, field, text[i..end].Replace("\"", "", StringComparison.Ordinal), Quoted: false));
            i = Math.Max(end, i + 1);
        }

        return atoms;
    }

    /// <summary>The index of the colon of a known "field:" prefix starting at <paramref name="at"/>, or -1.</summary>
    private static int FieldPrefixEnd(string text, int at)
    {
        foreach (var f in FilterFields)
        {
            if (string.Compare(text, at, f, 0, f.Length, StringComparison.OrdinalIgnoreCase) == 0
                && at + f.Length < text.Length && text[at + f.Length] == ':')
            {
                return at + f.Length;
            }
        }

        return -1;
    }

    /// <summary>Something with a letter or digit in it; lone operators such as "-", "+", "&amp;&amp;" or "(" are dropped.</summary>
    private static bool IsWordLike(string atom) => atom.Any(char.IsLetterOrDigit);

    private sealed record Atom(string Text, bool Negated, string? Field, string Value, bool Quoted);
}
