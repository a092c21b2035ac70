namespace KbSite.Matching;

/// <summary>How a token of one side fared in the alignment, for the side-by-side view.</summary>
public enum SegmentState
{
    /// <summary>The same fixed word on both sides.</summary>
    Same,

    /// <summary>A variable part, aligned with a different value on the other side.</summary>
    Differs,

    /// <summary>Nothing on the other side lines up with it.</summary>
    Unmatched,
}

/// <summary>
/// One token of the side-by-side view, and where it stands in its message (<see cref="Start"/> -1 for a token made
/// up rather than read: the article's message rebuilt from insertion strings), so the view can show the message as
/// written, punctuation and spaces included.
/// </summary>
public sealed record AlignedToken(string Text, SegmentState State)
{
    public int Start { get; init; } = -1;

    public int Length { get; init; }
}

/// <summary>A variable part that differs: what the article shows, and what was pasted.</summary>
public sealed record SlotDifference(string Article, string Pasted);

/// <summary>The result of aligning a pasted message against a stored one, token by token.</summary>
/// <param name="TemplateCoverage">How much of the stored message the paste covers (by token weight).</param>
/// <param name="SpanCoverage">The same, within the stored message up to the last token the paste reaches.</param>
/// <param name="PasteCoverage">How much of the paste the stored message explains.</param>
public sealed record MessageAlignment(
    double TemplateCoverage,
    double SpanCoverage,
    double PasteCoverage,
    int MatchedWords,
    int TemplateWords,
    IReadOnlyList<SlotDifference> Differences,
    IReadOnlyList<AlignedToken> Template,
    IReadOnlyList<AlignedToken> Pasted)
{
    /// <summary>Concrete values the article prints that the paste carries too (an error code, a database name).</summary>
    public IReadOnlyList<string> SameValues { get; init; } = [];

    /// <summary>How many of <see cref="SameValues"/> are codes (<see cref="MessageToken.IsCode"/>).</summary>
    public int SameCodes { get; init; }

    /// <summary>How many codes the article prints where the paste has another code (placeholders not counted).</summary>
    public int CodesDiffer { get; init; }

    /// <summary>
    /// How well the messages agree, 0 to 1: an F-measure of how much of the stored message the paste covers and how
    /// much of the paste the stored message explains, weighted towards the paste.
    /// </summary>
    public double Score
    {
        get
        {
            // A paste cut short covers only the start of the stored message: the words past where it stops are
            // unknown rather than missing, so they count half, and a paste that matches the start of a message
            // densely beats one that meets scattered words of it. A whole paste still prefers the stored message of
            // its own length.
            var t = (TemplateCoverage + SpanCoverage) / 2;
            var p = PasteCoverage;

            // F-beta with beta 1.5: the paste's own words matter more than covering the whole stored message.
            const double beta2 = 2.25;
            return t + p == 0 ? 0 : (1 + beta2) * t * p / ((beta2 * t) + p);
        }
    }
}
