using System.Globalization;
using KbSite.Articles;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KbSite.Search;

/// <summary>
/// Turns a parsed query into a Lucene query. Each word must match (or, relaxed, any word may) in one of the fields,
/// best field first: additional query words, title, keywords, event ids and sources, then the body. Exact forms
/// outrank stemmed ones. Article numbers go straight to their article; source names match with or without spaces.
/// </summary>
internal sealed class SearchQueryBuilder(IndexSearcher searcher)
{
    // Field weights: an article that carries a word as a query word outranks one that merely mentions it.
    private const float QueryWordBoost = 10f;
    private const float TitleExactBoost = 6f;
    private const float TitleStemBoost = 4f;
    private const float KeywordBoost = 5f;
    private const float EventIdBoost = 8f;
    private const float SourceBoost = 8f;
    private const float SourceEventIdBoost = 40f;
    private const float BodyStemBoost = 1f;
    private const float ArticleNumberBoost = 200f;
    private const float TieBreaker = 0.3f;
    private const float TitleProximityBoost = 8f;
    private const int MaxProximityWords = 8;

    public List<string> Notes { get; } = [];

    /// <summary>The article a query that is just an article number names, when it exists.</summary>
    public string? ExactArticle(ParsedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query is { Words.Count: 1, Phrases.Count: 0, Filters.Count: 0 }
               && ArticleNumber.TryNormalize(query.Words[0], out var number)
               && IsIndexed(number)
            ? number
            : null;
    }

    public Query? Build(ParsedQuery query, SearchRequest request, bool relaxed)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        var root = new BooleanQuery();
        var matching = 0;
        var sourceIds = new List<string>();
        var eventIds = new List<string>();
        foreach (var group in Groups(query.Words))
        {
            var clause = group.Source is { } source
                ? SourceGroupClause(source, group.Words)
                : WordClause(group.Words[0], eventIds, sourceIds);
            if (group.Source is not null)
            {
                sourceIds.Add(group.Source);
            }

            if (clause is not null)
            {
                root.Add(clause, relaxed ? Occur.SHOULD : Occur.MUST);
                matching++;
            }
        }

        foreach (var phrase in query.Phrases)
        {
            if (PhraseClause(phrase) is { } clause)
            {
                root.Add(clause, relaxed ? Occur.SHOULD : Occur.MUST);
                matching++;
            }
        }

        // "MSExchangeMTA 1004": the article whose event is that source and id outranks one that has both apart.
        foreach (var key in sourceIds.SelectMany(s => eventIds.Select(id => s + ":" + id)))
        {
            root.Add(new TermQuery(new Term(IndexFields.SourceEventId, key)) { Boost = SourceEventIdBoost }, Occur.SHOULD);
        }

        // Words typed in the order an article has them, next to each other, rank above the same words scattered.
        if (query.Words.Count is >= 2 and <= MaxProximityWords && ProximityClause(string.Join(' ', query.Words)) is { } near)
        {
            root.Add(near, Occur.SHOULD);
        }

        var filters = Filters(query, request);
        if (matching == 0 && filters.Count == 0)
        {
            return null;
        }

        if (matching == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else if (relaxed)
        {
            root.MinimumNumberShouldMatch = 1;
        }

        foreach (var filter in filters)
        {
            root.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        foreach (var excluded in query.Excluded)
        {
            if (ExcludeClause(excluded) is { } clause)
            {
                root.Add(clause, Occur.MUST_NOT);
            }
        }

        return root;
    }

    private Query? WordClause(string word, List<string> eventIds, List<string> sourceIds)
    {
        var exact = IndexAnalysis.Terms(IndexAnalysis.Exact, IndexFields.BodyExact, word);
        var alternatives = new List<Query>();
        if (ArticleNumber.TryNormalize(word, out var number) && IsIndexed(number))
        {
            alternatives.Add(new TermQuery(new Term(IndexFields.Id, number)) { Boost = ArticleNumberBoost });
        }

        if (EventIds.Parse(word) is { } id)
        {
            var text = id.ToString(CultureInfo.InvariantCulture);
            eventIds.Add(text);
            alternatives.Add(new TermQuery(new Term(IndexFields.EventId, text)) { Boost = EventIdBoost });
        }

        var source = SourceName.Normalize(word);
        if (source.Length > 0 && Exists(IndexFields.Source, source))
        {
            sourceIds.Add(source);
            alternatives.Add(new TermQuery(new Term(IndexFields.Source, source)) { Boost = SourceBoost });
        }

        // A word the analyzer splits ("mta/hang") needs all its parts.
        var parts = new BooleanQuery();
        foreach (var term in exact)
        {
            parts.Add(TermClause(term), Occur.MUST);
        }

        if (exact.Count == 1)
        {
            alternatives.Add(parts.Clauses[0].Query);
        }
        else if (exact.Count > 1)
        {
            alternatives.Add(parts);
        }

        if (alternatives.Count == 0)
        {
            return null; // a stop word alone
        }

        if (alternatives.Count == 1)
        {
            return alternatives[0];
        }

        var any = new DisjunctionMaxQuery(TieBreaker);
        foreach (var q in alternatives)
        {
            any.Add(q);
        }

        return any;
    }

    /// <summary>
    /// One analysed term: it must be somewhere in the article (the catch-all field, cheap to walk even for common
    /// words), and scores more where it stands in a strong field, best field first.
    /// </summary>
    private static BooleanQuery TermClause(string exactTerm)
    {
        var stem = IndexAnalysis.Terms(IndexAnalysis.Stemmed, IndexFields.Body, exactTerm).FirstOrDefault() ?? exactTerm;
        var strongFields = new DisjunctionMaxQuery(TieBreaker)
        {
            new TermQuery(new Term(IndexFields.QueryWords, exactTerm)) { Boost = QueryWordBoost },
            new TermQuery(new Term(IndexFields.TitleExact, exactTerm)) { Boost = TitleExactBoost },
            new TermQuery(new Term(IndexFields.Title, stem)) { Boost = TitleStemBoost },
            new TermQuery(new Term(IndexFields.Keywords, exactTerm)) { Boost = KeywordBoost },
        };
        return new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(IndexFields.All, stem)) { Boost = BodyStemBoost }, Occur.MUST },
            { strongFields, Occur.SHOULD },
        };
    }

    /// <summary>"MSExchange MTA" written apart: the source term, or every word as text.</summary>
    private static DisjunctionMaxQuery SourceGroupClause(string source, IReadOnlyList<string> words)
    {
        var any = new DisjunctionMaxQuery(TieBreaker) { new TermQuery(new Term(IndexFields.Source, source)) { Boost = SourceBoost } };
        var allWords = new BooleanQuery();
        foreach (var term in words.SelectMany(w => IndexAnalysis.Terms(IndexAnalysis.Exact, IndexFields.BodyExact, w)))
        {
            allWords.Add(TermClause(term), Occur.MUST);
        }

        if (allWords.Clauses.Count > 0)
        {
            any.Add(allWords);
        }

        return any;
    }

    private static DisjunctionMaxQuery? PhraseClause(string phrase)
    {
        var exact = Phrase(IndexAnalysis.Exact, IndexFields.BodyExact, phrase);
        if (exact is null)
        {
            return null;
        }

        var title = Phrase(IndexAnalysis.Exact, IndexFields.TitleExact, phrase)!;
        title.Boost = TitleExactBoost;
        var any = new DisjunctionMaxQuery(TieBreaker) { title, exact };
        if (Phrase(IndexAnalysis.Stemmed, IndexFields.All, phrase) is { } stemmed)
        {
            // Never better than the exact phrase; it is here so that snippets highlight the phrase.
            stemmed.Boost = 0.1f;
            any.Add(stemmed);
        }

        return any;
    }

    /// <summary>The words near each other, in order, in the title (short, so cheap to check even for common words).</summary>
    private static PhraseQuery? ProximityClause(string words)
    {
        var title = Phrase(IndexAnalysis.Exact, IndexFields.TitleExact, words);
        if (title is null || title.GetTerms().Length < 2)
        {
            return null;
        }

        title.Slop = 1;
        title.Boost = TitleProximityBoost;
        return title;
    }

    /// <summary>A phrase with the analyzer's positions, so that dropped stop words leave their gap as at index time.</summary>
    private static PhraseQuery? Phrase(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
    {
        var phrase = new PhraseQuery();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var count = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            phrase.Add(new Term(field, term.ToString()), position);
            count++;
        }

        stream.End();
        return count == 0 ? null : phrase;
    }

    private static DisjunctionMaxQuery? ExcludeClause(string text)
    {
        var terms = IndexAnalysis.Terms(IndexAnalysis.Exact, IndexFields.BodyExact, text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count > 1)
        {
            return PhraseClause(text);
        }

        return new DisjunctionMaxQuery(0f)
        {
            new TermQuery(new Term(IndexFields.BodyExact, terms[0])),
            new TermQuery(new Term(IndexFields.TitleExact, terms[0])),
            new TermQuery(new Term(IndexFields.QueryWords, terms[0])),
        };
    }

    private List<Query> Filters(ParsedQuery query, SearchRequest request)
    {
        var filters = new List<Query>();
        foreach (var (field, value) in query.Filters)
        {
            switch (field)
            {
                case "product":
                    var words = new BooleanQuery();
                    foreach (var t in IndexAnalysis.Terms(IndexAnalysis.Exact, IndexFields.Keywords, value))
                    {
                        words.Add(new TermQuery(new Term(IndexFields.Keywords, t)), Occur.MUST);
                    }

                    filters.Add(words.Clauses.Count > 0 ? words : new TermQuery(new Term(IndexFields.Product, value)));
                    break;
                case "source":
                    filters.Add(new TermQuery(new Term(IndexFields.Source, SourceName.Normalize(value))));
                    break;
                case "eventid":
                    if (EventIds.Parse(value) is null)
                    {
                        Notes.Add($"eventid:{value} is not an event id (a number from 0 to 65535); it matches nothing.");
                    }

                    filters.Add(new TermQuery(new Term(IndexFields.EventId, value.TrimStart('0') is { Length: > 0 } v ? v : "0")));
                    break;
                case "status":
                    if (StatusKindNames.TryParse(value, out var kind))
                    {
                        filters.Add(new TermQuery(new Term(IndexFields.Status, kind.ToName())));
                    }
                    else
                    {
                        Notes.Add($"status:{value} is not a status; use one of {string.Join(", ", StatusKindNames.All)}. It was ignored.");
                    }

                    break;
                case "version":
                    filters.Add(new TermQuery(new Term(IndexFields.Version, value)));
                    break;
            }
        }

        if (!string.IsNullOrEmpty(request.Product))
        {
            filters.Add(new TermQuery(new Term(IndexFields.Product, request.Product)));
        }

        if (!string.IsNullOrEmpty(request.Version))
        {
            filters.Add(new TermQuery(new Term(IndexFields.Version, request.Version)));
        }

        if (!string.IsNullOrEmpty(request.Status))
        {
            filters.Add(new TermQuery(new Term(IndexFields.Status, request.Status)));
        }

        return filters;
    }

    /// <summary>Groups adjacent words that together name a known event source ("msexchange mta"); other words stand alone.</summary>
    private List<(IReadOnlyList<string> Words, string? Source)> Groups(List<string> words)
    {
        var groups = new List<(IReadOnlyList<string>, string?)>();
        var i = 0;
        while (i < words.Count)
        {
            var taken = false;
            for (var length = Math.Min(3, words.Count - i); length >= 2; length--)
            {
                var joined = SourceName.Normalize(string.Concat(words.Skip(i).Take(length)));
                if (joined.Length > 0 && Exists(IndexFields.Source, joined))
                {
                    groups.Add((words.GetRange(i, length), joined));
                    i += length;
                    taken = true;
                    break;
                }
            }

            if (!taken)
            {
                groups.Add(([words[i]], null));
                i++;
            }
        }

        return groups;
    }

    private bool Exists(string field, string value) => searcher.IndexReader.DocFreq(new Term(field, value)) > 0;

    /// <summary>An article in the index now: deleted documents count in term statistics until a merge, not here.</summary>
    private bool IsIndexed(string number) => searcher.Search(new TermQuery(new Term(IndexFields.Id, number)), 1).TotalHits > 0;
}
