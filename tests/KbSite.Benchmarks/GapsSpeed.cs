using System.Diagnostics;
using KbSite.Articles.Store;
using KbSite.Corpus;
using KbSite.Gaps;
using KbSite.Matching;
using KbSite.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Benchmarks;

/// <summary>
/// The gaps page on a store holding many recorded gaps: the first page and a deep page of each list (the 25 rows of a
/// page are asked of the index whether an article answers them), and the recorder writing batches of misses. The
/// baseline, in the same run on the same rows: the same lists with the indexes the list sorts and filters by dropped.
/// </summary>
internal static class GapsSpeed
{
    public static int Run(int gaps, int articles)
    {
        var dir = Path.Combine(Path.GetTempPath(), "kbsite-gaps-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var factory = CorpusStore.Open(dir);
            var corpus = new CorpusGenerator(1, articles).Generate();
            CorpusStore.Fill(factory, corpus);
            var fill = Stopwatch.StartNew();
            Fill(factory, gaps);
            Console.WriteLine($"{gaps:N0} paste gaps and {gaps:N0} search gaps written in {fill.Elapsed.TotalSeconds:F1} s; {articles:N0} articles in the index");

            using var index = new SearchIndex(path: null, [new SignatureFields()]);
            index.Rebuild([corpus.Select(g => g.Article).ToList()], appliedSequence: 0);
            var queries = new GapQueries(factory, index, new EventMatcher(index), new ArticleSearcher(index));
            var since = DateTime.UtcNow.AddDays(-30);
            var indexed = Measure(queries, since);
            // Each list remembers which article answers a row until the index changes; a fresh one matches all 25.
            var cold = new Latency();
            for (var i = 0; i < 30; i++)
            {
                var fresh = new GapQueries(factory, index, new EventMatcher(index), new ArticleSearcher(index));
                cold.Add(Latency.Time(() => fresh.ListAsync(GapKind.Paste, since, 1, 25).GetAwaiter().GetResult()));
            }

            var recorder = new GapRecorder(factory, TimeProvider.System, new GapSettings(MaxNewPerDay: 1_000_000), NullLogger<GapRecorder>.Instance);
            var writes = MeasureWrites(recorder, gaps);

            using (var db = factory.CreateDbContext())
            {
                db.Database.ExecuteSql($"DROP INDEX IF EXISTS IX_PasteGaps_Count_LastSeenUtc");
                db.Database.ExecuteSql($"DROP INDEX IF EXISTS IX_PasteGaps_LastSeenUtc");
                db.Database.ExecuteSql($"DROP INDEX IF EXISTS IX_SearchGaps_Count_LastSeenUtc");
                db.Database.ExecuteSql($"DROP INDEX IF EXISTS IX_SearchGaps_LastSeenUtc");
            }

            var baseline = Measure(queries, since);
            Console.WriteLine("list of 25 rows (answers known)            with indexes p50 / p95     baseline (no index) p50 / p95   ratio p50");
            foreach (var (name, with) in indexed)
            {
                var without = baseline[name];
                Console.WriteLine($"{name,-42} {with.Percentile(50),8:F1} / {with.Percentile(95),6:F1} ms   {without.Percentile(50),8:F1} / {without.Percentile(95),6:F1} ms   {without.Percentile(50) / with.Percentile(50),5:F1}x");
            }

            Console.WriteLine($"pastes, last 30 days, page 1, answers not yet known (25 rows matched): p50 {cold.Percentile(50):F1} / p95 {cold.Percentile(95):F1} ms");
            Console.WriteLine($"recorder: a batch of 500 misses (half repeats, half new) p50 {writes.Percentile(50):F1} / p95 {writes.Percentile(95):F1} ms");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Fill(IDbContextFactory<KbDbContext> factory, int count)
    {
        var random = new Random(3);
        var now = DateTime.UtcNow;
        foreach (var chunk in Enumerable.Range(0, count).Chunk(5000))
        {
            using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var i in chunk)
            {
                // Few gaps met often, most met once or twice; last seen spread over half a year.
                var times = (int)Math.Max(1, Math.Pow(random.NextDouble(), 6) * 500);
                var last = now.AddMinutes(-random.Next(0, 180 * 24 * 60));
                var first = last.AddMinutes(-random.Next(0, 60 * 24 * 60));
                var message = $"The {Word(i % 5000)} service could not reach %1 after %2 tries (case {i}).";
                var source = "Source" + (i % 300);
                db.PasteGaps().Add(new PasteGap { Key = GapMessage.Key(source, 1000 + (i % 4000), message), Source = source, EventId = 1000 + (i % 4000), Message = message, Count = times, FirstSeenUtc = first, LastSeenUtc = last });
                db.SearchGaps().Add(new SearchGap { Query = $"{Word(i % 5000)} {Word((i / 5000) + 7)} {i}", Count = times, FirstSeenUtc = first, LastSeenUtc = last });
            }

            db.SaveChanges();
        }
    }

    /// <summary>A made-up word per number (bounded, distinct enough for a realistic spread of messages).</summary>
    private static string Word(int n) => "w" + n.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "zor";

    private static Dictionary<string, Latency> Measure(GapQueries queries, DateTime since)
    {
        var cases = new (string Name, Func<Task> List)[]
        {
            ("pastes, last 30 days, page 1", () => queries.ListAsync(GapKind.Paste, since, 1, 25)),
            ("pastes, any time, page 1", () => queries.ListAsync(GapKind.Paste, null, 1, 25)),
            ("pastes, any time, page 2,000", () => queries.ListAsync(GapKind.Paste, null, 2000, 25)),
            ("searches, last 30 days, page 1", () => queries.ListAsync(GapKind.Search, since, 1, 25)),
        };
        var result = new Dictionary<string, Latency>();
        foreach (var (name, list) in cases)
        {
            list().GetAwaiter().GetResult(); // warm-up
            var latency = new Latency();
            for (var i = 0; i < 30; i++)
            {
                latency.Add(Latency.Time(() => list().GetAwaiter().GetResult()));
            }

            result[name] = latency;
        }

        return result;
    }

    private static Latency MeasureWrites(GapRecorder recorder, int existing)
    {
        var random = new Random(5);
        var latency = new Latency();
        for (var round = 0; round < 10; round++)
        {
            var misses = Enumerable.Range(0, 500).Select(k => k % 2 == 0
                ? new GapRecorder.Miss("Source" + (k % 300), 1000 + (random.Next(existing) % 4000), $"Repeated words {k} on HOST{random.Next(99)}", DateTime.UtcNow)
                : new GapRecorder.Miss("Fresh" + round, 7000 + k, $"A new failure {Guid.NewGuid():N}", DateTime.UtcNow)).ToList();
            latency.Add(Latency.Time(() => recorder.WriteAsync(misses, CancellationToken.None).GetAwaiter().GetResult()));
        }

        return latency;
    }
}
