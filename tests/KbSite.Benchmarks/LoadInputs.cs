using System.Text.Json;
using KbSite.Articles;
using KbSite.Corpus;

namespace KbSite.Benchmarks;

/// <summary>
/// The requests of the mixed load script (load-mix.sh), written as files for wrk's Lua: article page paths, search URLs
/// and pastes as JSON bodies, all taken from the same generated corpus the server's store holds.
/// </summary>
internal static class LoadInputs
{
    public static int Write(int n, string dir)
    {
        Directory.CreateDirectory(dir);
        var corpus = new CorpusGenerator(seed: 1, articleCount: n).Generate();
        var random = new Random(11);
        var visible = corpus.Where(g => ArticleVisibility.IsPublic(g.Article)).Select(g => g.Article.Number).ToList();
        File.WriteAllLines(Path.Combine(dir, "articles.txt"), Enumerable.Range(0, 2000).Select(_ => ArticleUrls(visible[random.Next(visible.Count)])));
        File.WriteAllLines(Path.Combine(dir, "searches.txt"), QueryMix.Build(corpus, perKind: 150, seed: 12).Select(q => "/api/search?q=" + Uri.EscapeDataString(q.Text)));
        File.WriteAllLines(Path.Combine(dir, "pastes.txt"), MatchQualityEvaluator.Pastes(corpus, perKind: 40, seed: 13).Select(p => JsonSerializer.Serialize(new { text = p.Text })));
        Console.WriteLine($"load inputs for {n:N0} articles written to {dir}");
        return 0;
    }

    private static string ArticleUrls(string number) => "/articles/" + number;
}
