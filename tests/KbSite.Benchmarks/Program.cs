using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using KbSite.Benchmarks;
using KbSite.Corpus;
using KbSite.Matching;
using KbSite.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

// Quality and speed measurements. Run in Release:
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- quality [articles]
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- search-speed [articles] [workdir]
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- fill-store <articles> <datadir> (or: postgres <connection string>)
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- match-quality [articles] [seed]
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- match-speed [articles] [workdir]
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- styled-match-quality [articles] [seed]   (articles as teams keep them, per event layout)
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- probe <indexdir> [articles]   (query mix by kind on an existing index)
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- index-build <datadir>         (the site's full rebuild from an existing store; see import-scale.sh)
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- adversarial [megabytes]        (hostile Markdown through derive, index, render)
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- load-inputs <articles> <dir>   (request files for load-mix.sh)
//   dotnet run -c Release --project tests/KbSite.Benchmarks -- http-load <baseUrl> <articles> [clients] [seconds] [serverPid]
var command = args.FirstOrDefault() ?? "";
var inv = CultureInfo.InvariantCulture;
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], inv) : fallback;

switch (command)
{
    case "quality":
        return Quality(Arg(1, 10_000));
    case "search-speed":
        return SearchSpeed(Arg(1, 100_000), args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "kbsite-bench"));
    case "fill-store":
        var fillWatch = Stopwatch.StartNew();
        // fill-store <n> <datadir>, or fill-store <n> postgres <connection string>
        CorpusStore.Fill(args[2] == "postgres" ? CorpusStore.OpenPostgres(args[3]) : CorpusStore.Open(args[2]), new CorpusGenerator(1, Arg(1, 100_000)).Generate());
        Console.WriteLine($"store filled with {args[1]} articles in {fillWatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    case "match-quality":
        return MatchQuality(Arg(1, 10_000), Arg(2, 1));
    case "styled-match-quality":
        return StyledMatchQualityRun(Arg(1, 10_000), Arg(2, 1));
    case "match-speed":
        return MatchSpeed(Arg(1, 100_000), args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "kbsite-match-bench"));
    case "match-misses":
        {
            var corpus = new CorpusGenerator(seed: 1, articleCount: Arg(1, 10_000)).Generate();
            using var index = new SearchIndex(path: null, [new SignatureFields()]);
            index.Rebuild([corpus.Select(g => g.Article).ToList()], appliedSequence: 0);
            var matcher = new KbSite.Matching.EventMatcher(index);
            var byNumber = corpus.ToDictionary(g => g.Article.Number);
            foreach (var p in MatchQualityEvaluator.Pastes(corpus, perKind: 200, seed: 2).Where(p => p.Kind == args[2]))
            {
                var result = matcher.Match(p.Text);
                if (result.Matches.Count == 0 || !p.Relevant.Any(r => r.Contains(result.Matches[0].Id)))
                {
                    var right = p.Relevant[0].First();
                    Console.WriteLine($"--- paste: {(result.Events.Count > 0 ? result.Events[0].Message : "")}");
                    Console.WriteLine($"    want {right} ({string.Join(" | ", byNumber[right].Article.Events.Select(e => e.Message))})");
                    foreach (var m in result.Matches.Take(2))
                    {
                        Console.WriteLine($"    got  {m.Id} {m.Score:F3} ({m.Events[0].Message})");
                    }
                }
            }

            return 0;
        }

    case "load-inputs":
        return LoadInputs.Write(Arg(1, 100_000), args[2]);
    case "index-build":
        return IndexBuild(args[1]);
    case "adversarial":
        return AdversarialBodies.Run(Arg(1, 4));
    case "gaps-speed":
        return GapsSpeed.Run(Arg(1, 100_000), Arg(2, 10_000));
    case "sql":
        {
            // sql <connection string> <statement>: for the scripts, which need no psql then.
            await using var connection = new Npgsql.NpgsqlConnection(args[1]);
            await connection.OpenAsync();
            await using var statement = new Npgsql.NpgsqlCommand(args[2], connection);
            await statement.ExecuteNonQueryAsync();
            return 0;
        }

    case "probe":
        return Probe(args[1], Arg(2, 100_000));
    case "http-load":
        return await HttpLoad(args[1], Arg(2, 100_000), Arg(3, 8), Arg(4, 30), args.Length > 5 ? int.Parse(args[5], inv) : 0, args.Length > 6 ? args[6] : "search");
    default:
        Console.Error.WriteLine("commands: quality [n] | search-speed [n] [workdir] | fill-store <n> <datadir>|postgres <connection string> | gaps-speed [gaps] [articles] | http-load <baseUrl> <n> [clients] [seconds] [serverPid]");
        return 2;
}

static int StyledMatchQualityRun(int n, int seed)
{
    var watch = Stopwatch.StartNew();
    var corpus = new CorpusGenerator(seed, n).Generate();
    var imported = StyledMatchQuality.Read(corpus, seed);
    using var index = new SearchIndex(path: null, [new SignatureFields()]);
    index.Rebuild([imported.Articles.ToList()], appliedSequence: 0);
    var scores = StyledMatchQuality.Evaluate(imported, new EventMatcher(index), pastesPerFormat: 200, seed: seed + 1);
    Console.WriteLine($"Matching on articles as teams keep them, N = {n:N0} ({string.Join(", ", StyledArticleWriter.Styles)}), {imported.Refused.Count} refused, pastes {string.Join("/", StyledMatchQuality.PasteFormats)} with other values, seed {seed}, {watch.Elapsed.TotalSeconds:F1} s:");
    Console.WriteLine(StyledMatchQuality.Table(scores));
    foreach (var r in imported.Refused.Take(10))
    {
        Console.WriteLine("refused " + r);
    }

    return imported.Refused.Count == 0 && scores.All(s => s.RecallAt3 >= 0.9) ? 0 : 1;
}

static int IndexBuild(string dataDir)
{
    var factory = CorpusStore.Open(dataDir);
    var indexDir = Path.Combine(Path.GetTempPath(), "kbsite-index-build-" + Guid.NewGuid().ToString("N"));
    try
    {
        // Baseline: reading every article from the store as the rebuild does, without indexing.
        var watch = Stopwatch.StartNew();
        var read = 0;
        var lastId = 0;
        while (true)
        {
            using var db = factory.CreateDbContext();
            var batch = db.Articles.AsNoTracking().Include(a => a.Events).Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(1000).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            read += batch.Count;
            lastId = batch[^1].Id;
        }

        var readSeconds = watch.Elapsed.TotalSeconds;
        using var index = new SearchIndex(indexDir, [new SignatureFields()]);
        var sync = new SearchIndexSync(index, factory, NullLogger<SearchIndexSync>.Instance);
        watch.Restart();
        var indexed = sync.Rebuild();
        var build = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"store read alone (baseline): {readSeconds:F1} s for {read:N0} articles");
        Console.WriteLine($"full index build from the store: {build:F1} s for {indexed:N0} articles (goal <= 60 s), {build / readSeconds:F1}x the read alone, {Environment.ProcessorCount} cores");
        return build <= 60 ? 0 : 1;
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(indexDir))
        {
            Directory.Delete(indexDir, recursive: true);
        }
    }
}

static int Quality(int n)
{
    var watch = Stopwatch.StartNew();
    var corpus = new CorpusGenerator(seed: 1, articleCount: n).Generate();
    using var index = new SearchIndex(path: null, [new SignatureFields()]);
    index.Rebuild([corpus.Select(g => g.Article).ToList()], appliedSequence: 0);
    var queries = SearchQualityEvaluator.Queries(corpus, perKind: 500, seed: 2);
    var scores = SearchQualityEvaluator.Evaluate(new ArticleSearcher(index), queries);
    Console.WriteLine($"Search quality, N = {n:N0} generated articles, 500 queries per kind (seed 1/2), {watch.Elapsed.TotalSeconds:F1} s:");
    Console.WriteLine(SearchQualityEvaluator.Table(scores));
    return scores.All(s => s.Top1 >= 0.95) ? 0 : 1;
}

static int SearchSpeed(int n, string workDir)
{
    if (Directory.Exists(workDir))
    {
        Directory.Delete(workDir, recursive: true);
    }

    Directory.CreateDirectory(workDir);
    Console.WriteLine($"Search speed, N = {n:N0} generated articles, {Environment.ProcessorCount} cores, work dir {workDir}");
    var corpus = new CorpusGenerator(seed: 1, articleCount: n).Generate();

    var watch = Stopwatch.StartNew();
    var factory = CorpusStore.Open(Path.Combine(workDir, "data"));
    CorpusStore.Fill(factory, corpus);
    Console.WriteLine($"store written (SQLite, EF Core): {watch.Elapsed.TotalSeconds:F1} s");

    // The real rebuild path: read every article from the store, index on all cores, commit.
    using var index = new SearchIndex(Path.Combine(workDir, "data", "index"), [new SignatureFields()]);
    var sync = new SearchIndexSync(index, factory, NullLogger<SearchIndexSync>.Instance);
    watch.Restart();
    var indexed = sync.Rebuild();
    var build = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"full index build from the store: {build:F1} s for {indexed:N0} articles (goal <= 60 s)");

    watch.Restart();
    using var fts = new Fts5Baseline(Path.Combine(workDir, "fts5.db"), corpus);
    Console.WriteLine($"FTS5 baseline table built: {watch.Elapsed.TotalSeconds:F1} s");

    var searcher = new ArticleSearcher(index);
    var queries = QueryMix.Build(corpus, perKind: 300, seed: 3);
    foreach (var (_, q) in queries)
    {
        searcher.Search(new SearchRequest(q));
        fts.Search(q);
    }

    var lucene = new Latency();
    var sqlite = new Latency();
    var luceneByKind = new Dictionary<string, Latency>();
    var sqliteByKind = new Dictionary<string, Latency>();
    for (var round = 0; round < 2; round++)
    {
        foreach (var (kind, q) in queries)
        {
            var l = Latency.Time(() => searcher.Search(new SearchRequest(q)));
            var f = Latency.Time(() => fts.Search(q));
            lucene.Add(l);
            sqlite.Add(f);
            (luceneByKind.TryGetValue(kind, out var lk) ? lk : luceneByKind[kind] = new Latency()).Add(l);
            (sqliteByKind.TryGetValue(kind, out var sk) ? sk : sqliteByKind[kind] = new Latency()).Add(f);
        }
    }

    foreach (var kind in luceneByKind.Keys)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-15} Lucene p50 {luceneByKind[kind].Percentile(50),6:F2} p95 {luceneByKind[kind].Percentile(95),6:F2} | FTS5 p50 {sqliteByKind[kind].Percentile(50),6:F2} p95 {sqliteByKind[kind].Percentile(95),6:F2} ms"));
    }

    GC.Collect();
    var process = Process.GetCurrentProcess();
    Console.WriteLine($"Lucene (ArticleSearcher: top 10, total, facets, snippets, did-you-mean): {lucene.Summary()}");
    Console.WriteLine($"SQLite FTS5 (bm25 top 10 only):                                      {sqlite.Summary()}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio FTS5 / Lucene: p50 {sqlite.Percentile(50) / lucene.Percentile(50):F2}x, p95 {sqlite.Percentile(95) / lucene.Percentile(95):F2}x"));
    Console.WriteLine($"benchmark process: working set {process.WorkingSet64 / 1024 / 1024} MB, peak {process.PeakWorkingSet64 / 1024 / 1024} MB, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
    return 0;
}

static int MatchQuality(int n, int seed)
{
    var watch = Stopwatch.StartNew();
    var corpus = new CorpusGenerator(seed, articleCount: n).Generate();
    using var index = new SearchIndex(path: null, [new SignatureFields()]);
    index.Rebuild([corpus.Select(g => g.Article).ToList()], appliedSequence: 0);
    var pastes = MatchQualityEvaluator.Pastes(corpus, perKind: 200, seed: seed + 1);
    var scores = MatchQualityEvaluator.Evaluate(index, new KbSite.Matching.EventMatcher(index), pastes);
    Console.WriteLine($"Matching quality, N = {n:N0} generated articles, 200 pastes per kind (seed {seed}/{seed + 1}), {watch.Elapsed.TotalSeconds:F1} s:");
    Console.WriteLine(MatchQualityEvaluator.Table(scores));
    return 0;
}

static int MatchSpeed(int n, string workDir)
{
    var corpus = new CorpusGenerator(seed: 1, articleCount: n).Generate();
    using var index = new SearchIndex(workDir, [new SignatureFields()]);
    var watch = Stopwatch.StartNew();

    // An index left in the work directory by an earlier run of the same N is reused, to profile the matching alone.
    var reused = index.DocumentCount == n && !index.NeedsRebuild;
    if (!reused)
    {
        index.Rebuild(corpus.Select(g => g.Article).Chunk(1000).Select(c => (IReadOnlyList<KbSite.Articles.Article>)c), appliedSequence: 0);
    }

    Console.WriteLine($"Matching speed, N = {n:N0} generated articles, {Environment.ProcessorCount} cores; index {(reused ? "reused" : "built from memory")} in {watch.Elapsed.TotalSeconds:F1} s");
    var matcher = new KbSite.Matching.EventMatcher(index);
    var pastes = MatchQualityEvaluator.Pastes(corpus, perKind: 60, seed: 5);
    foreach (var p in pastes)
    {
        matcher.Match(p.Text);
        MatchQualityEvaluator.Baseline(index, p.Text);
    }

    var matching = new Latency();
    var baseline = new Latency();
    foreach (var p in pastes)
    {
        matching.Add(Latency.Time(() => matcher.Match(p.Text)));
        baseline.Add(Latency.Time(() => MatchQualityEvaluator.Baseline(index, p.Text)));
    }

    Console.WriteLine($"EventMatcher (parse, candidates, alignment):  {matching.Summary()}");
    Console.WriteLine($"plain Lucene BM25 OR of every pasted word:    {baseline.Summary()}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio baseline / matcher: p50 {baseline.Percentile(50) / matching.Percentile(50):F2}x, p95 {baseline.Percentile(95) / matching.Percentile(95):F2}x"));
    return 0;
}

// Times the query mix on an existing index, by kind, for tuning (no store, no baseline).
static int Probe(string indexPath, int n)
{
    var corpus = new CorpusGenerator(seed: 1, articleCount: n).Generate();
    using var index = new SearchIndex(indexPath, [new SignatureFields()]);
    var searcher = new ArticleSearcher(index);
    var queries = QueryMix.Build(corpus, perKind: 300, seed: 3);
    foreach (var (_, q) in queries)
    {
        searcher.Search(new SearchRequest(q));
    }

    var byKind = new Dictionary<string, Latency>();
    var all = new Latency();
    foreach (var (kind, q) in queries)
    {
        var t = Latency.Time(() => searcher.Search(new SearchRequest(q)));
        all.Add(t);
        (byKind.TryGetValue(kind, out var k) ? k : byKind[kind] = new Latency()).Add(t);
    }

    Console.WriteLine($"documents: {index.DocumentCount}, rebuild needed: {index.NeedsRebuild}");
    Console.WriteLine($"all: {all.Summary()}");
    foreach (var (kind, l) in byKind)
    {
        Console.WriteLine($"  {kind,-15} {l.Summary()}");
    }

    return 0;
}

static async Task<int> HttpLoad(string baseUrl, int n, int clients, int seconds, int serverPid, string mode)
{
    var corpus = new CorpusGenerator(seed: 1, articleCount: n).Generate();
    var match = mode == "match";
    var queries = match
        ? MatchQualityEvaluator.Pastes(corpus, perKind: 60, seed: 4).Select(p => (p.Kind, p.Text)).ToList()
        : QueryMix.Build(corpus, perKind: 300, seed: 4);
    using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
    Task<HttpResponseMessage> Send(string q) => match
        ? http.PostAsync("/api/match", new StringContent(q, System.Text.Encoding.UTF8, "text/plain"))
        : http.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));

    // Warm-up.
    foreach (var (_, q) in queries.Take(300))
    {
        using var _ = await Send(q);
    }

    var latencies = new Latency[clients];
    var errors = 0;
    var deadline = DateTime.UtcNow.AddSeconds(seconds);
    const int MaxRequestsPerClient = 20_000;
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
    {
        var latency = latencies[c] = new Latency();
        for (var i = 0; i < MaxRequestsPerClient && DateTime.UtcNow < deadline; i++)
        {
            var q = queries[(i * clients + c) % queries.Count].Text;
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await Send(q);
                var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                if (!response.IsSuccessStatusCode || !body.TryGetProperty(match ? "matches" : "total", out _))
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                Interlocked.Increment(ref errors);
            }

            latency.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }));

    var all = Latency.Merge(latencies);
    Console.WriteLine($"{(match ? "POST /api/match" : "GET /api/search")} over HTTP, {clients} concurrent clients, {seconds} s: {all.Count:N0} requests, {errors} errors, {all.Count / (double)seconds:F0} req/s");
    Console.WriteLine($"latency: {all.Summary()}");
    if (serverPid > 0)
    {
        var status = await File.ReadAllLinesAsync($"/proc/{serverPid}/status");
        Console.WriteLine("server memory: " + string.Join(", ", status.Where(s => s.StartsWith("VmRSS", StringComparison.Ordinal) || s.StartsWith("VmHWM", StringComparison.Ordinal)).Select(s => System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " "))));
    }

    return errors == 0 ? 0 : 1;
}
