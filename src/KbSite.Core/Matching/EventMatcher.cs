using System.Globalization;
using KbSite.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KbSite.Matching;

/// <summary>
/// Ranks the articles whose event signatures match pasted events. Candidates come from the search index (the exact
/// source and id terms, and the rarest words of the message), so the cost does not grow with the corpus; each
/// candidate signature is scored by <see cref="SignatureScorer"/> and the articles ranked by <see cref="MatchRanking"/>.
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
                var paste = new PastedMessage(events[e]);
                var pasted = paste.Event;
                if (cards is null || CandidateQuery(searcher.IndexReader, pasted.EventId, paste.Source, paste.Tokens) is not { } query)
                {
                    continue;
                }

                var messageOnly = pasted.EventId is null && pasted.Source.Length == 0;
                var found = new List<(Candidate Candidate, int Signature)>();
                foreach (var hit in searcher.Search(query, messageOnly ? CandidatesByMessageOnly : CandidatesPerEvent).ScoreDocs)
                {
                    // An article found by several pasted events is read and tokenized once.
                    if (!candidates.TryGetValue(hit.Doc, out var candidate))
                    {
                        cards.Get(hit.Doc, bytes);
                        candidates[hit.Doc] = candidate = EventCard.FromUtf8(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) is { } card ? new Candidate(card) : null;
                    }

                    var best = candidate?.Card.Events
                        .Select((s, i) => (Match: SignatureScorer.Score(e, paste, s, candidate.Tokens[i]), Signature: i))
                        .MaxBy(m => m.Match.Score);
                    if (best is { } b && b.Match.Score >= MinimumScore)
                    {
                        candidate!.Matches.Add(b.Match);
                        found.Add((candidate, b.Signature));
                    }
                }

                AddCloseness(paste, found);
            }

            var (matches, related) = MatchRanking.Rank(
                candidates.Values.Where(c => c is { Matches.Count: > 0 }).Select(c => (c!.Card, c.Matches)),
                events.Count,
                MaxResults);
            return new MatchResult(events, matches) { Related = related };
        });
    }

    /// <summary>Closeness of wording orders near-ties only: it is computed for the matches of this event near its best.</summary>
    private static void AddCloseness(PastedMessage paste, List<(Candidate Candidate, int Signature)> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        var top = found.Max(f => f.Candidate.Matches[^1].Score);
        foreach (var (candidate, signature) in found)
        {
            var match = candidate.Matches[^1];
            if (match.Score >= top - SignatureScorer.ClosenessShare)
            {
                candidate.Matches[^1] = SignatureScorer.WithCloseness(match, paste, candidate.ConstantTexts[signature].Value);
            }
        }
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

    /// <summary>An article found as a candidate: its card, its messages tokenized, and its matches so far.</summary>
    private sealed class Candidate(EventCard card)
    {
        private Lazy<List<string>>[]? _constantTexts;

        public EventCard Card { get; } = card;

        public List<MessageToken>[] Tokens { get; } = card.Events.Select(s => MessageTokenizer.Tokenize(s.Message)).ToArray();

        /// <summary>Each message's constant text, read only when a paste gets as far as comparing it.</summary>
        public Lazy<List<string>>[] ConstantTexts => _constantTexts ??= Card.Events
            .Select((s, i) => new Lazy<List<string>>(() => ConstantText.Of(s.Message, Tokens[i])))
            .ToArray();

        public List<EventMatch> Matches { get; } = [];
    }
}
