using System.Globalization;
using KbSite.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KbSite.Matching;

/// <summary>
/// Ranks the articles whose event signatures match pasted events. Candidates come from the search index (the exact
/// source and id terms, and the rarest words of the message), so the cost does not grow with the corpus; each
/// candidate signature is then scored on source, id and a token-by-token alignment of the messages.
/// </summary>
public sealed class EventMatcher(SearchIndex index)
{
    public const int MaxResults = 20;

    private const int CandidatesPerEvent = 40;
    private const int PairsPerEvent = 8;
    private const int WordsPerEvent = 3;

    // Without a source and id the message words are all there is to find candidates with: look wider.
    private const int CandidatesByMessageOnly = 80;
    private const int PairsByMessageOnly = 12;
    private const int WordsByMessageOnly = 4;
    private const double MinimumScore = 0.35;

    // A match this good is the same event: the same source and id, or the same message from another source.
    private const double Explains = 0.6;
    private const double SourceWeight = 0.2;
    private const double IdWeight = 0.3;
    private const double MessageWeight = 0.5;

    public MatchResult Match(string? paste)
    {
        var events = EventPasteParser.Parse(paste);
        return events.Count == 0 ? MatchResult.Empty : Match(events);
    }

    public MatchResult Match(IReadOnlyList<PastedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return index.Search(searcher =>
        {
            var cards = MultiDocValues.GetBinaryValues(searcher.IndexReader, SignatureFields.EventCard);
            var candidates = new Dictionary<int, Candidate?>();
            var bytes = new BytesRef();
            for (var e = 0; e < events.Count; e++)
            {
                var pasted = events[e];
                var pastedTokens = MessageTokenizer.Tokenize(pasted.Message);
                var pastedSource = SourceName.Normalize(pasted.Source);
                if (cards is null || CandidateQuery(searcher.IndexReader, pasted.EventId, pastedSource, pastedTokens) is not { } query)
                {
                    continue;
                }

                var messageOnly = pasted.EventId is null && pasted.Source.Length == 0;
                foreach (var hit in searcher.Search(query, messageOnly ? CandidatesByMessageOnly : CandidatesPerEvent).ScoreDocs)
                {
                    // An article found by several pasted events is read and tokenized once.
                    if (!candidates.TryGetValue(hit.Doc, out var candidate))
                    {
                        cards.Get(hit.Doc, bytes);
                        candidates[hit.Doc] = candidate = EventCard.FromUtf8(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) is { } card ? new Candidate(card) : null;
                    }

                    var best = candidate?.Card.Events
                        .Select((s, i) => Score(e, pasted, pastedSource, pastedTokens, s, candidate.Tokens[i]))
                        .MaxBy(m => m.Score);
                    if (best is not null && best.Score >= MinimumScore)
                    {
                        candidate!.Matches.Add(best);
                    }
                }
            }

            var ranked = candidates.Values
                .Where(c => c is { Matches.Count: > 0 })
                .Select(c => Article(c!.Card, c.Matches, events.Count))
                .OrderByDescending(a => a.Score)
                .ThenByDescending(a => a.Events.Max(m => m.Score))
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .ToList();
            return new MatchResult(events, CoverEveryEvent(ranked, events.Count).Take(MaxResults).ToList());
        });
    }

    /// <summary>
    /// With several pasted events, the best article of each event comes right after the overall best, so that one
    /// event with many equally good articles cannot push the others' articles off the first screen.
    /// </summary>
    private static IEnumerable<ArticleMatch> CoverEveryEvent(List<ArticleMatch> ranked, int eventCount)
    {
        if (eventCount < 2 || ranked.Count == 0)
        {
            return ranked;
        }

        var order = new List<ArticleMatch> { ranked[0] };
        for (var e = 0; e < eventCount; e++)
        {
            var covered = order.Any(a => a.Events.Any(m => m.EventIndex == e));
            var best = ranked.Where(a => !order.Contains(a))
                .Select(a => (Article: a, Match: a.Events.FirstOrDefault(m => m.EventIndex == e)))
                .Where(x => x.Match is not null)
                .OrderByDescending(x => x.Match!.Score)
                .FirstOrDefault();
            if (!covered && best.Article is not null)
            {
                order.Add(best.Article);
            }
        }

        return order.Concat(ranked.Where(a => !order.Contains(a)));
    }

    /// <summary>The articles with a signature of this source and id, for deep links (/events/{source}/{id}).</summary>
    public IReadOnlyList<(string Id, string Title, string Product)> ArticlesFor(string source, int eventId) => index.Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.SourceEventId, SourceName.Key(source, eventId))), 100).ScoreDocs;
        return hits.Select(h => searcher.Doc(h.Doc))
            .Select(d => (d.Get(IndexFields.Id), d.Get(IndexFields.StoredTitle) ?? "", d.Get(IndexFields.StoredProduct) ?? ""))
            .ToList();
    });

    private static BooleanQuery? CandidateQuery(IndexReader reader, int? eventId, string source, List<MessageToken> tokens)
    {
        var query = new BooleanQuery(disableCoord: true);
        if (eventId is { } id)
        {
            var idText = id.ToString(CultureInfo.InvariantCulture);
            if (source.Length > 0)
            {
                query.Add(new TermQuery(new Term(IndexFields.SourceEventId, source + ":" + idText)) { Boost = 20 }, Occur.SHOULD);
            }

            query.Add(new TermQuery(new Term(IndexFields.EventId, idText)) { Boost = 4 }, Occur.SHOULD);
        }

        if (source.Length > 0)
        {
            query.Add(new TermQuery(new Term(IndexFields.Source, source)) { Boost = 2 }, Occur.SHOULD);
        }

        // Pairs of adjacent tokens find the message among the many that share its words (and keep its word order);
        // the rarest single words back them up for short pastes and values written as words. Common terms add cost
        // and nothing else, so only the rarest of each are asked for.
        var messageOnly = eventId is null && source.Length == 0;
        var pairs = Rarest(reader, SignatureFields.MessagePairs, MessagePairs.Of(tokens), messageOnly ? PairsByMessageOnly : PairsPerEvent);
        var words = Rarest(
            reader,
            SignatureFields.Messages,
            tokens.Where(t => !t.IsVariable).SelectMany(t => IndexAnalysis.Terms(IndexAnalysis.Stemmed, SignatureFields.Messages, t.Text)),
            messageOnly ? WordsByMessageOnly : WordsPerEvent);
        foreach (var term in pairs.Concat(words))
        {
            query.Add(new TermQuery(term), Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static IEnumerable<Term> Rarest(IndexReader reader, string field, IEnumerable<string> texts, int count) =>
        texts.Distinct(StringComparer.Ordinal)
            .Select(t => new Term(field, t))
            .Select(t => (Term: t, Df: reader.DocFreq(t)))
            .Where(t => t.Df > 0)
            .OrderBy(t => t.Df)
            .Take(count)
            .Select(t => t.Term);

    private static EventMatch Score(int eventIndex, PastedEvent pasted, string pastedSource, List<MessageToken> pastedTokens, StoredSignature signature, List<MessageToken> signatureTokens)
    {
        double total = 0, weights = 0;
        bool? sameSource = null, sameId = null;
        // An article that prints an event without naming its source (prose, a bare "Event ID n") neither agrees nor disagrees.
        if (pasted.Source.Length > 0 && signature.Source.Length > 0)
        {
            sameSource = pastedSource == SourceName.Normalize(signature.Source);
            weights += SourceWeight;
            total += sameSource.Value ? SourceWeight : 0;
        }

        if (pasted.EventId is { } id)
        {
            sameId = id == signature.EventId;
            weights += IdWeight;
            total += sameId.Value ? IdWeight : 0;
        }

        MessageAlignment? alignment = null;
        if (pastedTokens.Count > 0)
        {
            alignment = MessageAligner.Align(signatureTokens, pastedTokens);
            weights += MessageWeight;
            total += MessageWeight * alignment.Score;
        }

        var score = weights == 0 ? 0 : total / weights;
        return new EventMatch(eventIndex, signature.Source, signature.EventId, signature.Level, signature.Message, score, sameSource, sameId, alignment);
    }

    /// <summary>
    /// An article's score: the mean over the pasted events of its best match, counting only the events it explains
    /// (<see cref="Explains"/>), so that explaining more events ranks up but a weak likeness to a second event cannot
    /// lift an article above the one that explains the first exactly. An article that explains none keeps its best
    /// partial match as a hint.
    /// </summary>
    private static ArticleMatch Article(EventCard card, List<EventMatch> matches, int eventCount)
    {
        var best = matches.GroupBy(m => m.EventIndex).Select(g => g.MaxBy(m => m.Score)!).OrderBy(m => m.EventIndex).ToList();
        var top = best.MaxBy(m => m.Score)!;
        var explained = best.Where(m => m.Score >= Explains).ToList();
        var score = explained.Count > 0 ? explained.Sum(m => m.Score) / eventCount : top.Score / eventCount;
        return new ArticleMatch(card.Id, card.Title, card.Product, Math.Round(score, 4), top.EventIndex, best, Reasons(best, explained.Count, eventCount));
    }

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
            if (m.SameSource == true)
            {
                reasons.Add($"{prefix}same source ({m.Source})");
            }
            else if (m.SameSource == false)
            {
                reasons.Add($"{prefix}different source (article: {m.Source})");
            }

            if (m.SameEventId == true)
            {
                reasons.Add($"{prefix}same event id ({m.EventId.ToString(CultureInfo.InvariantCulture)})");
            }
            else if (m.SameEventId == false)
            {
                reasons.Add($"{prefix}different event id (article: {m.EventId.ToString(CultureInfo.InvariantCulture)})");
            }

            if (m.Alignment is { } a)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}message: {a.MatchedWords} of {a.TemplateWords} words of the article's message match in order ({a.TemplateCoverage:P0} of it; {a.PasteCoverage:P0} of the paste explained)"));
                if (a.Differences.Count > 0)
                {
                    reasons.Add($"{prefix}variable parts differ: " + string.Join("; ", a.Differences.Take(6).Select(d => $"{d.Article} → {d.Pasted}")));
                }
            }
        }

        return reasons;
    }

    /// <summary>An article found as a candidate: its card, its messages tokenized, and its matches so far.</summary>
    private sealed class Candidate(EventCard card)
    {
        public EventCard Card { get; } = card;

        public List<MessageToken>[] Tokens { get; } = card.Events.Select(s => MessageTokenizer.Tokenize(s.Message)).ToArray();

        public List<EventMatch> Matches { get; } = [];
    }
}
