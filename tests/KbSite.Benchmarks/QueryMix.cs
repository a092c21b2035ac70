using KbSite.Corpus;

namespace KbSite.Benchmarks;

/// <summary>The queries timed by the speed benchmarks: every judged kind plus common-word queries (FTS5's weak spot).</summary>
internal static class QueryMix
{
    private static readonly string[] CommonWords = ["server", "error", "message", "mail", "database", "connection", "service", "network", "client", "user", "log", "queue", "fails", "slow", "hang", "stop"];

    public const string CommonKind = "common words";

    public static List<(string Kind, string Text)> Build(IReadOnlyList<GeneratedArticle> corpus, int perKind, int seed)
    {
        var random = new Random(seed);
        var queries = SearchQualityEvaluator.Queries(corpus, perKind, seed).Select(q => (q.Kind, q.Text)).ToList();
        for (var i = 0; i < perKind; i++)
        {
            var words = 1 + (i % 3);
            queries.Add((CommonKind, string.Join(' ', Enumerable.Range(0, words).Select(_ => CommonWords[random.Next(CommonWords.Length)]))));
        }

        // Shuffled, so that no kind runs in a warm streak.
        return queries.OrderBy(_ => random.Next()).ToList();
    }
}
