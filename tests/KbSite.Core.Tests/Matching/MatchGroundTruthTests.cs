using KbSite.Corpus;

namespace KbSite.Matching;

/// <summary>The generated corpus's ground truth for matching: which signatures a paste counts as right for.</summary>
public sealed class MatchGroundTruthTests
{
    private static readonly MessageTemplate Original = new(["Stop the ", SlotKind.Server, " queue before the backup runs."]);
    private static readonly MessageTemplate Sibling = new(["Stop the ", SlotKind.Server, " queue before the restore runs."]);

    [Fact]
    public void Templates_of_one_shape_are_one_message_and_other_words_another()
    {
        Assert.Equal(Original.Shape, new MessageTemplate(["Stop the ", SlotKind.Server, " queue before the backup runs."]).Shape);
        Assert.NotEqual(Original.Shape, Sibling.Shape);
    }

    [Fact]
    public void A_sibling_fits_a_paste_cut_before_the_words_that_differ()
    {
        var rendered = Original.RenderParts(new Random(3));
        var cut = rendered[0].Length + rendered[1].Length + " queue bef".Length;

        Assert.True(Sibling.Fits(Original, rendered, cut));
        Assert.True(Original.Fits(Original, rendered, cut));
    }

    [Fact]
    public void A_sibling_does_not_fit_once_the_differing_word_is_visible()
    {
        var rendered = Original.RenderParts(new Random(3));
        var cut = string.Concat(rendered).IndexOf("backup", StringComparison.Ordinal) + 2;

        Assert.False(Sibling.Fits(Original, rendered, cut));
        Assert.True(Original.Fits(Original, rendered, cut));
    }

    [Fact]
    public void A_slot_of_another_kind_does_not_fit()
    {
        var other = new MessageTemplate(["Stop the ", SlotKind.IpAddress, " queue before the backup runs."]);
        var rendered = Original.RenderParts(new Random(3));

        Assert.False(other.Fits(Original, rendered, rendered[0].Length + 2));
    }

    [Fact]
    public void Truncated_pastes_are_judged_both_by_what_is_visible_and_strictly()
    {
        var corpus = new CorpusGenerator(seed: 4, articleCount: 600).Generate();

        var pastes = MatchQualityEvaluator.Pastes(corpus, perKind: 30, seed: 6);

        var visible = pastes.Where(p => p.Kind == MatchQualityEvaluator.TruncatedKind).ToList();
        var strict = pastes.Where(p => p.Kind == MatchQualityEvaluator.TruncatedExactKind).ToList();
        Assert.Equal(visible.Select(p => p.Text), strict.Select(p => p.Text));
        Assert.All(visible.Zip(strict), pair => Assert.Superset(new HashSet<string>(pair.Second.Relevant[0]), new HashSet<string>(pair.First.Relevant[0])));
    }
}
