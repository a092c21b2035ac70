using System.Globalization;
using System.Text;
using KbSite.Articles;
using KbSite.Content;
using KbSite.Matching;

namespace KbSite.Corpus;

/// <summary>What reading a styled corpus gave: the articles (numbered as an import would), and the files refused.</summary>
public sealed record StyledImport(IReadOnlyList<StyledFile> Files, IReadOnlyList<Article> Articles, IReadOnlyList<string> Refused);

/// <summary>Per event layout: how many printed events became signatures, and how pastes of them ranked.</summary>
public sealed record LayoutScore(EventLayout Layout, int Printed, int Found, int Pastes, double Top1, double RecallAt3);

/// <summary>
/// Matching on articles as teams keep them: a generated corpus written in every front-matter style and event layout
/// (<see cref="StyledArticleWriter"/>), read back through the importer's reader (nothing else tells it where the events
/// are), indexed, then pasted: each layout's events as Event Viewer shows them, as Get-WinEvent prints them and as a
/// bare message, always with other values in the variable parts than the article printed. The right answers are the
/// articles that carry the signature, in whatever layout.
/// </summary>
public static class StyledMatchQuality
{
    public static readonly string[] PasteFormats = ["event-viewer", "powershell-winevent", "plain"];

    public static StyledImport Read(IReadOnlyList<GeneratedArticle> corpus, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var random = new Random(seed);
        var files = corpus.Select((g, i) => StyledArticleWriter.Write(g, i, random)).ToList();
        var articles = new List<Article>(files.Count);
        var refused = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var article = ArticleFileReader.Read(new ContentFile(file.Name, Encoding.UTF8.GetBytes(file.Text))).Article;
                if (article.Number.Length == 0)
                {
                    // The import assigns a number; which one does not matter here, only that it names this article.
                    article.Number = file.Source.Article.Number;
                }

                articles.Add(article);
            }
            catch (ContentFormatException e)
            {
                refused.Add($"{file.Name}: {e.Message}");
            }
        }

        return new StyledImport(files, articles, refused);
    }

    public static List<LayoutScore> Evaluate(StyledImport imported, EventMatcher matcher, int pastesPerFormat, int seed)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(matcher);
        var random = new Random(seed);
        var byNumber = imported.Articles.ToDictionary(a => a.Number, StringComparer.Ordinal);
        var carriers = imported.Files
            .SelectMany(f => f.Source.Truth.Events, (f, e) => (Key: MatchQualityEvaluator.Signature(e.Source, e.EventId, e.Template), f.Source.Article.Number))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(x => x.Key, x => (IReadOnlySet<string>)x.Select(y => y.Number).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var scores = new List<LayoutScore>();
        foreach (var layout in Enum.GetValues<EventLayout>())
        {
            var files = imported.Files.Where(f => f.Layout == layout && f.Printed.Count > 0).ToList();
            var printed = files.Sum(f => f.Printed.Count);
            var found = files.Sum(f => f.Printed.Count(p => byNumber.TryGetValue(f.Source.Article.Number, out var a) && a.Events.Any(s => s.EventId == p.EventId && s.Message == TextCollapse(p.Message))));
            double top1 = 0, recall = 0;
            var pastes = 0;
            foreach (var format in PasteFormats)
            {
                for (var k = 0; k < pastesPerFormat; k++)
                {
                    var file = files[random.Next(files.Count)];
                    var e = file.Source.Truth.Events[random.Next(file.Source.Truth.Events.Count)];
                    var paste = new JudgedPaste(format, PasteFormatter.Write(format, e.Source, e.EventId, e.Level, e.Template.Render(random)), [carriers[MatchQualityEvaluator.Signature(e.Source, e.EventId, e.Template)]]);
                    var ranked = matcher.Match(paste.Text).Matches.Select(m => m.Id).ToList();
                    top1 += MatchQualityEvaluator.Top1(ranked, paste);
                    recall += MatchQualityEvaluator.RecallAt3(ranked, paste);
                    pastes++;
                }
            }

            scores.Add(new LayoutScore(layout, printed, found, pastes, top1 / pastes, recall / pastes));
        }

        return scores;
    }

    public static string Table(IEnumerable<LayoutScore> scores)
    {
        var t = new StringBuilder("| event layout | printed events | became signatures | pastes | top-1 | recall@3 |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var s in scores)
        {
            t.Append(CultureInfo.InvariantCulture, $"| {s.Layout} | {s.Printed} | {s.Found} ({(double)s.Found / Math.Max(1, s.Printed):F3}) | {s.Pastes} | {s.Top1:F3} | {s.RecallAt3:F3} |\n");
        }

        return t.ToString();
    }

    private static string TextCollapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
