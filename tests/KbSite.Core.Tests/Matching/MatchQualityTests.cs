using KbSite.Corpus;
using KbSite.Matching;
using KbSite.Search;
using Xunit.Abstractions;

namespace KbSite.Matching;

/// <summary>Matching quality on a generated corpus with known answers (the N = 10,000 run is in the benchmarks project).</summary>
public sealed class MatchQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Pastes_in_every_format_truncated_and_paired_find_their_article()
    {
        var corpus = new CorpusGenerator(seed: 5, articleCount: 3000).Generate();
        using var index = new SearchTestIndex(corpus.Select(g => g.Article));
        var pastes = MatchQualityEvaluator.Pastes(corpus, perKind: 40, seed: 9);

        var scores = MatchQualityEvaluator.Evaluate(index.Index, new EventMatcher(index.Index), pastes);
        output.WriteLine(MatchQualityEvaluator.Table(scores));

        Assert.Equal(PasteFormatter.Formats.Length + 3, scores.Count);
        Assert.All(scores, s => Assert.True(s.Top1 >= 0.95, $"{s.Kind}: top-1 {s.Top1:F3}"));
        Assert.All(scores, s => Assert.True(s.RecallAt3 >= 0.97, $"{s.Kind}: recall@3 {s.RecallAt3:F3}"));
    }
}
