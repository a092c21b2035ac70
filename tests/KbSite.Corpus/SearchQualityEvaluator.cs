using System.Globalization;
using System.Text;
using KbSite.Articles;
using KbSite.Search;

namespace KbSite.Corpus;

/// <summary>A query with the articles that count as right answers.</summary>
public sealed record JudgedQuery(string Kind, string Text, IReadOnlySet<string> Relevant);

/// <summary>Top-1, recall@3 and MRR@10 of one query kind.</summary>
public sealed record KindScore(string Kind, int Queries, double Top1, double RecallAt3, double MrrAt10);

/// <summary>
/// Builds queries of every kind readers type from a generated corpus, with the right answers known from the
/// generator, runs them through the real searcher and scores the ranking.
/// </summary>
public static class SearchQualityEvaluator
{
    public const string ArticleNumberKind = "article number";
    public const string EventIdKind = "event id";
    public const string SourceAndIdKind = "source + id";
    public const string SpacedWordKind = "spaced word";
    public const string SymptomKind = "symptom words";
    public const string TitlePhraseKind = "title phrase";

    public static IReadOnlyList<string> Kinds { get; } = [ArticleNumberKind, EventIdKind, SourceAndIdKind, SpacedWordKind, SymptomKind, TitlePhraseKind];

    public static List<JudgedQuery> Queries(IReadOnlyList<GeneratedArticle> corpus, int perKind, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var random = new Random(seed);
        var byEventId = new Dictionary<int, HashSet<string>>();
        var bySourceId = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var g in corpus)
        {
            foreach (var e in g.Article.Events)
            {
                Add(byEventId, e.EventId, g.Article.Number);
                Add(bySourceId, SourceName.Key(e.Source, e.EventId), g.Article.Number);
            }
        }

        var withEvents = corpus.Where(g => g.Article.Events.Count > 0).ToList();
        var carriers = corpus.Where(g => g.Truth.CarriedWord is not null).ToList();
        var queries = new List<JudgedQuery>();
        for (var i = 0; i < perKind; i++)
        {
            var a = corpus[random.Next(corpus.Count)];
            var digits = ArticleNumber.Digits(a.Article.Number);
            var numberForm = (i % 3) switch { 0 => a.Article.Number, 1 => "KB" + digits, _ => digits };
            queries.Add(new JudgedQuery(ArticleNumberKind, numberForm, Set(a.Article.Number)));

            var withEvent = withEvents[random.Next(withEvents.Count)];
            var ev = withEvent.Article.Events[random.Next(withEvent.Article.Events.Count)];
            queries.Add(new JudgedQuery(EventIdKind, ev.EventId.ToString(CultureInfo.InvariantCulture), byEventId[ev.EventId]));

            // Readers write sources as they remember them: as logged, lower case, or with a space.
            var source = (i % 3) switch { 0 => ev.Source, 1 => ev.Source.ToLowerInvariant(), _ => SpaceOut(ev.Source) };
            queries.Add(new JudgedQuery(SourceAndIdKind, $"{source} {ev.EventId.ToString(CultureInfo.InvariantCulture)}", bySourceId[SourceName.Key(ev.Source, ev.EventId)]));

            if (carriers.Count > 0)
            {
                var carrier = carriers[random.Next(carriers.Count)];
                var word = carrier.Truth.CarriedWord!;
                queries.Add(new JudgedQuery(SpacedWordKind, i % 2 == 0 ? CorpusGenerator.Spaced(word) : word.ToLowerInvariant(), Set(carrier.Article.Number)));
            }

            var s = corpus[random.Next(corpus.Count)];
            queries.Add(new JudgedQuery(SymptomKind, string.Join(' ', s.Truth.SymptomWords), Set(s.Article.Number)));

            var t = corpus[random.Next(corpus.Count)];
            queries.Add(new JudgedQuery(TitlePhraseKind, TitleWindow(t, random), Set(t.Article.Number)));
        }

        return queries;
    }

    public static List<KindScore> Evaluate(ArticleSearcher searcher, IEnumerable<JudgedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var scores = new Dictionary<string, (int N, double Top1, double Recall, double Mrr)>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            var ids = searcher.Search(new SearchRequest(q.Text, Top: 10)).Hits.Select(h => h.Id).ToList();
            var rank = ids.FindIndex(q.Relevant.Contains);
            var recall = (double)ids.Take(3).Count(q.Relevant.Contains) / Math.Min(3, q.Relevant.Count);
            var s = scores.GetValueOrDefault(q.Kind);
            scores[q.Kind] = (s.N + 1, s.Top1 + (rank == 0 ? 1 : 0), s.Recall + recall, s.Mrr + (rank >= 0 ? 1.0 / (rank + 1) : 0));
        }

        return Kinds.Where(scores.ContainsKey)
            .Select(k => new KindScore(k, scores[k].N, scores[k].Top1 / scores[k].N, scores[k].Recall / scores[k].N, scores[k].Mrr / scores[k].N))
            .ToList();
    }

    public static string Table(IEnumerable<KindScore> scores)
    {
        var t = new StringBuilder("| query kind | queries | top-1 | recall@3 | MRR@10 |\n|---|---:|---:|---:|---:|\n");
        foreach (var s in scores)
        {
            t.Append(CultureInfo.InvariantCulture, $"| {s.Kind} | {s.Queries} | {s.Top1:F3} | {s.RecallAt3:F3} | {s.MrrAt10:F3} |\n");
        }

        return t.ToString();
    }

    /// <summary>Three consecutive title words that include one of the title's distinctive words.</summary>
    private static string TitleWindow(GeneratedArticle article, Random random)
    {
        var words = article.Article.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var distinctive = article.Truth.TitleWords[random.Next(article.Truth.TitleWords.Count)];
        var anchor = Array.FindIndex(words, w => string.Equals(w, distinctive, StringComparison.OrdinalIgnoreCase));
        var start = Math.Clamp(anchor - random.Next(3), 1, Math.Max(1, words.Length - 3));
        return string.Join(' ', words.Skip(start).Take(3));
    }

    /// <summary>"MSExchangeMTA" as "MSExchange MTA": a space before the last run of capitals.</summary>
    private static string SpaceOut(string source)
    {
        for (var i = source.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(source[i]) && char.IsLower(source[i - 1]))
            {
                return source[..i] + " " + source[i..];
            }
        }

        return source;
    }

    private static HashSet<string> Set(string number) => new(StringComparer.Ordinal) { number };

    private static void Add<TKey>(Dictionary<TKey, HashSet<string>> map, TKey key, string number)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(number);
    }
}
