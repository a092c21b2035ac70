using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>What a status sentence says, as a classic KB "STATUS" section or a front-matter "status:" sentence words it.</summary>
public sealed record StatusReading(StatusKind Kind, string FixedIn);

/// <summary>
/// Classifies a status sentence ("This behavior is by design.", "Microsoft has confirmed this to be a problem ...
/// corrected in Service Pack 2.") the one way both readers use: by design, confirmed problem, fixed (with the release
/// after "corrected in", "fixed in" or "resolved in"), or information.
/// </summary>
public static partial class StatusStatement
{
    [GeneratedRegex(@"\b(?:corrected|fixed|resolved)\s+in\s+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FixedInLead();

    [GeneratedRegex(@"^(?:[A-Za-z]\.)*[A-Za-z]$|^(?:e\.g|i\.e|etc|No|Inc|Corp|Ltd|vs|approx)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Abbreviation();

    public static StatusReading Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var confirmed = sentence.Contains("confirmed this to be a problem", StringComparison.OrdinalIgnoreCase)
                        || sentence.Contains("confirmed this to be a bug", StringComparison.OrdinalIgnoreCase)
                        || sentence.Contains("confirmed problem", StringComparison.OrdinalIgnoreCase)
                        || sentence.Contains("confirmed bug", StringComparison.OrdinalIgnoreCase);
        var lead = FixedInLead().Match(sentence);
        var fixedIn = lead.Success ? SentenceFrom(sentence, lead.Index + lead.Length) : "";
        // A confirmed problem stays one when the sentence also names its fix (fixed-in says where).
        var kind = sentence.Contains("by design", StringComparison.OrdinalIgnoreCase) ? StatusKind.ByDesign
            : confirmed ? StatusKind.ConfirmedProblem
            : lead.Success ? StatusKind.Fixed
            : StatusKind.Information;
        return new StatusReading(kind, fixedIn);
    }

    /// <summary>The rest of the sentence that starts at <paramref name="start"/>, not cut at abbreviations such as "U.S.".</summary>
    private static string SentenceFrom(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] != '.' || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }

            var wordStart = text.LastIndexOf(' ', i) + 1;
            if (!Abbreviation().IsMatch(text[wordStart..i]))
            {
                return text[start..i].Trim();
            }
        }

        return text[start..].Trim().TrimEnd('.');
    }
}
