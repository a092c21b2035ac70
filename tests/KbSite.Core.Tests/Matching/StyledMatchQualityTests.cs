using KbSite.Corpus;
using KbSite.Search;
using Xunit.Abstractions;

namespace KbSite.Matching;

/// <summary>
/// Articles as teams keep them (every front-matter style, every event layout, values blanked by placeholders), read by
/// the importer's reader alone: none refused, every printed event a signature, and pastes of them with other values
/// find their article (the N = 10,000 run is the benchmarks project's styled-match-quality).
/// </summary>
public sealed class StyledMatchQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_layout_is_read_and_its_events_are_found_by_pastes()
    {
        var corpus = new CorpusGenerator(seed: 7, articleCount: 2400).Generate();
        var imported = StyledMatchQuality.Read(corpus, seed: 7);
        using var index = new SearchTestIndex(imported.Articles);

        var scores = StyledMatchQuality.Evaluate(imported, new EventMatcher(index.Index), pastesPerFormat: 20, seed: 8);
        output.WriteLine(StyledMatchQuality.Table(scores));

        Assert.Empty(imported.Refused);
        Assert.Equal(Enum.GetValues<EventLayout>().Length, scores.Count);
        Assert.All(scores, s => Assert.True(s.Found >= s.Printed * 0.99, $"{s.Layout}: {s.Found} of {s.Printed} printed events became signatures"));
        Assert.All(scores, s => Assert.True(s.RecallAt3 >= 0.9, $"{s.Layout}: recall@3 {s.RecallAt3:F3}"));
        Assert.All(scores, s => Assert.True(s.Top1 >= 0.85, $"{s.Layout}: top-1 {s.Top1:F3}"));
    }
}
