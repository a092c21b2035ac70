using System.Globalization;

namespace KbSite.Matching;

/// <summary>
/// Turns the signatures each candidate article matched into ranked articles with reasons. An article explains a
/// pasted event when its best match for it scores <see cref="Explains"/> or more (the same source and id, or the same
/// message from another source); its score is the mean over the pasted events of the matches that explain them. Only
/// articles that explain an event are matches; the others are "related". True ties go to the article whose signature
/// agrees with more of the paste (words and values), then to the article about fewer events, then to the newer one.
/// With several pasted events, the articles that explain the most come first, then each event's best article in turn,
/// so that the first places cover the pasted events.
/// </summary>
internal static class MatchRanking
{
    public const double Explains = 0.6;

    private const int MaxRelated = 5;

    public static (List<ArticleMatch> Matches, List<ArticleMatch> Related) Rank(IEnumerable<(EventCard Card, List<EventMatch> Matches)> candidates, int eventCount, int maxResults)
    {
        var all = candidates.Select(c => Article(c.Card, c.Matches, eventCount)).ToList();
        var matches = all.Where(a => a.Article.Explained > 0).OrderBy(a => a, TieOrder.Instance).ToList();
        var related = all.Where(a => a.Article.Explained == 0).OrderBy(a => a, TieOrder.Instance).Take(MaxRelated).Select(a => a.Article).ToList();
        var ordered = eventCount < 2 ? matches : CoverEveryEvent(matches, eventCount);
        return (ordered.Take(maxResults).Select(a => a.Article).ToList(), related);
    }

    private static Ranked Article(EventCard card, List<EventMatch> matches, int eventCount)
    {
        var best = matches.GroupBy(m => m.EventIndex).Select(g => g.MaxBy(m => m.Score)!).OrderBy(m => m.EventIndex).ToList();
        var top = best.MaxBy(m => m.Score)!;
        var explained = best.Where(m => m.Score >= Explains).ToList();
        var score = explained.Count > 0 ? explained.Sum(m => m.Score) / eventCount : top.Score / eventCount;
        var agreement = explained.Sum(m => (m.Alignment?.MatchedWords ?? 0) + (m.Alignment?.SameValues.Count ?? 0));
        var article = new ArticleMatch(card.Id, card.Title, card.Product, Math.Round(score, 4), top.EventIndex, best, Reasons(best, explained.Count, eventCount))
        {
            Explained = explained.Count,
            State = card.State,
        };
        return new Ranked(article, agreement, card.Events.Count, card.Modified);
    }

    /// <summary>First the articles that explain the most events (when that is more than one), then each event's best article, then the rest.</summary>
    private static List<Ranked> CoverEveryEvent(List<Ranked> ranked, int eventCount)
    {
        var most = ranked.Count == 0 ? 0 : ranked.Max(a => a.Article.Explained);
        var order = most >= 2 ? ranked.Where(a => a.Article.Explained == most).Take(eventCount).ToList() : [];
        for (var e = 0; e < eventCount; e++)
        {
            if (order.Any(a => ExplainsEvent(a, e)))
            {
                continue;
            }

            var best = ranked.Where(a => !order.Contains(a) && ExplainsEvent(a, e))
                .OrderByDescending(a => a.Article.Events.First(m => m.EventIndex == e).Score)
                .ThenBy(a => a, TieOrder.Instance)
                .FirstOrDefault();
            if (best is not null)
            {
                order.Add(best);
            }
        }

        var rest = ranked.Where(a => !order.Contains(a)).OrderByDescending(a => a.Article.Explained).ThenBy(a => a, TieOrder.Instance);
        return [.. order, .. rest];
    }

    private static bool ExplainsEvent(Ranked a, int eventIndex) => a.Article.Events.Any(m => m.EventIndex == eventIndex && m.Score >= Explains);

    private static List<string> Reasons(List<EventMatch> matches, int explained, int eventCount)
    {
        var reasons = new List<string>();
        if (eventCount > 1)
        {
            reasons.Add($"explains {explained} of the {eventCount} pasted events");
        }

        foreach (var m in matches)
        {
            var prefix = eventCount > 1 ? $"event {m.EventIndex + 1}: " : "";
            var id = m.EventId.ToString(CultureInfo.InvariantCulture);
            reasons.Add(m.SameSource switch
            {
                true => $"{prefix}same source ({m.Source})",
                false => $"{prefix}different source (article: {m.Source})",
                _ => m.Source.Length == 0 ? $"{prefix}the article names no source for event {id}" : $"{prefix}article's source: {m.Source}",
            });
            reasons.Add(m.SameEventId switch
            {
                true => $"{prefix}same event id ({id})",
                false => $"{prefix}different event id (article: {id})",
                _ => $"{prefix}article's event id: {id}",
            });
            if (m.Alignment is not { } a)
            {
                reasons.Add($"{prefix}matched on source and id alone (the paste has no message)");
                continue;
            }

            reasons.Add(m.FromInserts
                ? string.Create(CultureInfo.InvariantCulture, $"{prefix}message rebuilt from the paste's insertion strings (the paste has no rendered text): they fit the article's variable parts {m.InsertsFit:P0}")
                : string.Create(CultureInfo.InvariantCulture, $"{prefix}message: {a.MatchedWords} of {a.TemplateWords} words of the article's message match in order ({a.TemplateCoverage:P0} of it; {a.PasteCoverage:P0} of the paste explained)"));
            if (a.SameValues.Count > 0)
            {
                reasons.Add($"{prefix}same values: " + string.Join("; ", a.SameValues.Take(6)));
            }

            if (m.OtherLevel)
            {
                reasons.Add($"{prefix}the article states another level ({m.Level})");
            }

            if (a.Differences.Count > 0)
            {
                reasons.Add($"{prefix}variable parts differ: " + string.Join("; ", a.Differences.Take(6).Select(d => $"{d.Article} → {d.Pasted}")));
            }
        }

        return reasons;
    }

    /// <summary>An article with what orders true ties: agreement with the paste, events it is about, its date.</summary>
    private sealed record Ranked(ArticleMatch Article, int Agreement, int EventCount, DateOnly? Modified);

    /// <summary>Score, then current before retired, then agreement, then fewer events, then newer, then number: a stable order for equal scores.</summary>
    private sealed class TieOrder : IComparer<Ranked>
    {
        public static readonly TieOrder Instance = new();

        public int Compare(Ranked? x, Ranked? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var c = y.Article.Score.CompareTo(x.Article.Score);
            c = c != 0 ? c : (x.Article.State == Articles.ArticleState.Retired).CompareTo(y.Article.State == Articles.ArticleState.Retired);
            c = c != 0 ? c : y.Agreement.CompareTo(x.Agreement);
            c = c != 0 ? c : x.EventCount.CompareTo(y.EventCount);
            c = c != 0 ? c : Nullable.Compare(y.Modified, x.Modified);
            return c != 0 ? c : string.CompareOrdinal(x.Article.Id, y.Article.Id);
        }
    }
}
