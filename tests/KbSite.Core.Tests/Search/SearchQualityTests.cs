using KbSite.Corpus;
using Xunit.Abstractions;

namespace KbSite.Search;

/// <summary>
/// Ranking quality on a generated corpus with known answers (the full N = 10,000 run is in the benchmarks project;
/// this smaller one keeps every change honest).
/// </summary>
public sealed class SearchQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_query_kind_puts_the_right_article_first_at_least_95_percent_of_the_time()
    {
        var corpus = new CorpusGenerator(seed: 7, articleCount: 3000).Generate();
        using var index = new SearchTestIndex(corpus.Select(g => g.Article));
        var queries = SearchQualityEvaluator.Queries(corpus, perKind: 150, seed: 11);

        var scores = SearchQualityEvaluator.Evaluate(index.Searcher, queries);
        output.WriteLine(SearchQualityEvaluator.Table(scores));

        Assert.Equal(SearchQualityEvaluator.Kinds, scores.Select(s => s.Kind));
        Assert.All(scores, s => Assert.True(s.Top1 >= 0.95, $"{s.Kind}: top-1 {s.Top1:F3}"));
    }
}
