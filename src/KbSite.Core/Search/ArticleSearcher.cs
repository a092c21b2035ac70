using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KbSite.Search;

/// <summary>
/// Runs searches against the index: all words required, relaxing to any word when that finds nothing; facet counts
/// over every match; highlighted, HTML-encoded snippets; "did you mean" from the index's own terms.
/// </summary>
public sealed class ArticleSearcher(SearchIndex index)
{
    private const int SnippetLength = 180;
    private const int FewHits = 3;

    private static readonly string RetiredState = Articles.ArticleState.Retired.ToString().ToLowerInvariant();

    private const float RetiredFactor = 0.95f;

    /// <summary>
    /// Searches; when nothing is found and a correction is confident enough to find something, its results are shown
    /// instead, saying so (unless the request is <see cref="SearchRequest.Verbatim"/>).
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = SearchAsTyped(request);
        if (result.Total > 0 || result.DidYouMean is not { } correction || request.Verbatim)
        {
            return result;
        }

        var corrected = SearchAsTyped(request with { Query = correction, Verbatim = true });
        return corrected.Total == 0
            ? result
            : corrected with { DidYouMean = null, CorrectedFrom = request.Query, ShowingResultsFor = correction, ExactArticle = null };
    }

    private SearchResult SearchAsTyped(SearchRequest request)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        var top = Math.Clamp(request.Top, 1, SearchRequest.MaxTop);
        // Past the deepest page there are no hits to show, only the count: collect one, show none.
        var pastTheEnd = request.Skip > SearchRequest.MaxSkip;
        var skip = pastTheEnd ? 0 : Math.Max(0, request.Skip);
        top = pastTheEnd ? 1 : top;
        return index.Search(searcher =>
        {
            var builder = new SearchQueryBuilder(searcher);
            var notes = new List<string>(parsed.Notes);
            var query = builder.Build(parsed, request, relaxed: false);
            if (query is null)
            {
                notes.AddRange(builder.Notes);
                return SearchResult.Empty with { Notes = notes };
            }

            var relaxed = false;
            var (total, docs, facets) = Run(searcher, query, request.Sort, skip, top);
            if (total == 0 && parsed.Words.Count + parsed.Phrases.Count >= 2)
            {
                // No article has every word: show the ones that have most of them, and say so.
                query = builder.Build(parsed, request, relaxed: true)!;
                (total, docs, facets) = Run(searcher, query, request.Sort, skip, top);
                relaxed = total > 0;
            }

            notes.AddRange(builder.Notes.Distinct());
            var highlighter = Highlighter(query);
            var hits = pastTheEnd ? [] : docs.Select(d => Hit(searcher, highlighter, d)).ToList();
            // A typo in one word of several is worth a suggestion too, though the other words found something.
            // (Relaxed, no article had every word: a suggestion that finds some with every word is worth it.)
            var didYouMean = total < FewHits || relaxed ? Suggest(searcher, parsed, request, relaxed ? 0 : total) : null;
            return new SearchResult(total, hits, facets, didYouMean, relaxed, builder.ExactArticle(parsed), notes);
        });
    }

    private static (int Total, ScoreDoc[] Docs, SearchFacets Facets) Run(IndexSearcher searcher, Query query, SearchSort sort, int skip, int top)
    {
        ITopDocsCollector collector = sort == SearchSort.Newest
            ? TopFieldCollector.Create(new Sort(new SortField(IndexFields.ModifiedSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE), skip + top, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(skip + top, docsScoredInOrder: false);
        var facets = new FacetCollector(collector);

        // A retired article ranks below a current one of (nearly) the same score.
        searcher.Search(new Lucene.Net.Queries.BoostingQuery(query, new TermQuery(new Term(IndexFields.State, RetiredState)), RetiredFactor), facets);
        return (collector.TotalHits, collector.GetTopDocs(skip, top).ScoreDocs, facets.Facets());
    }

    private static SearchHit Hit(IndexSearcher searcher, Highlighter highlighter, ScoreDoc scoreDoc)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var text = doc.Get(IndexFields.StoredSnippetText) ?? "";
        return new SearchHit(
            doc.Get(IndexFields.Id),
            doc.Get(IndexFields.StoredTitle) ?? "",
            doc.Get(IndexFields.StoredProduct) ?? "",
            (doc.Get(IndexFields.StoredVersions) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries),
            doc.Get(IndexFields.StoredModified) ?? "",
            doc.Get(IndexFields.Status) ?? "",
            float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
            Snippet(highlighter, text))
        {
            State = doc.Get(IndexFields.State) ?? "",
        };
    }

    /// <summary>
    /// One highlighter per search, scoring fragments by the query's terms (term scoring is much cheaper than span
    /// scoring, and a snippet needs no more).
    /// </summary>
    private static Highlighter Highlighter(Query query) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(query, IndexFields.All))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength / 2),
            MaxDocCharsToAnalyze = 8_000,
        };

    /// <summary>The best fragments with the matched words in &lt;mark&gt;; everything else HTML-encoded.</summary>
    private static string Snippet(Highlighter highlighter, string text)
    {
        using var tokens = IndexAnalysis.Stemmed.GetTokenStream(IndexFields.All, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2);
        if (fragments.Length > 0 && fragments.Any(f => f.Length > 0))
        {
            return string.Join(" … ", fragments.Where(f => f.Length > 0).Select(f => FromAWord(f.Trim())));
        }

        var start = text.Length <= SnippetLength ? text : text[..text.LastIndexOf(' ', SnippetLength)] + " …";
        return WebUtility.HtmlEncode(start.Replace('\n', ' '));
    }

    /// <summary>A fragment cut mid-sentence starts at its first word or mark, not on stray punctuation (". ) the MTA").</summary>
    private static string FromAWord(string fragment)
    {
        var start = 0;
        while (start < fragment.Length && !char.IsLetterOrDigit(fragment[start]) && fragment[start] is not ('<' or '&' or '"' or '\'' or '('))
        {
            start++;
        }

        return start == fragment.Length ? fragment : fragment[start..].TrimStart();
    }

    /// <summary>
    /// For a query with few or no hits (or one relaxed to any word): each word the index does not know (or hardly knows) is replaced by the
    /// closest frequent term of the index (fuzzy, up to two edits); offered only when it finds more.
    /// </summary>
    private static string? Suggest(IndexSearcher searcher, ParsedQuery parsed, SearchRequest request, int total)
    {
        var reader = searcher.IndexReader;
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in parsed.Words.Where(w => w.Length >= 3 && !w.Any(char.IsDigit)))
        {
            var terms = IndexAnalysis.Terms(IndexAnalysis.Exact, IndexFields.BodyExact, word);
            if (terms.Count != 1)
            {
                continue;
            }

            var known = reader.DocFreq(new Term(IndexFields.BodyExact, terms[0])) + reader.DocFreq(new Term(IndexFields.TitleExact, terms[0]));
            if (known > FewHits)
            {
                continue;
            }

            var rewritten = searcher.Rewrite(new FuzzyQuery(new Term(IndexFields.BodyExact, terms[0]), 2, 1));
            var best = Candidates(rewritten)
                .Where(t => t != terms[0])
                .Select(t => (Term: t, Freq: reader.DocFreq(new Term(IndexFields.BodyExact, t)), Distance: Distance(t, terms[0])))
                .Where(c => c.Freq > known)
                .OrderBy(c => c.Distance).ThenByDescending(c => c.Freq)
                .FirstOrDefault();
            if (best.Term is not null)
            {
                replacements[word] = best.Term;
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var suggestion = parsed.ToQueryString(replacements);
        var builder = new SearchQueryBuilder(searcher);
        var query = builder.Build(SearchQueryParser.Parse(suggestion), request, relaxed: false);
        if (query is null)
        {
            return null;
        }

        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits > total ? suggestion : null;
    }

    private static IEnumerable<string> Candidates(Query rewritten) => rewritten switch
    {
        TermQuery t => [t.Term.Text],
        BooleanQuery b => b.Clauses.SelectMany(c => Candidates(c.Query)),
        ConstantScoreQuery c when c.Query is not null => Candidates(c.Query),
        _ => [],
    };

    /// <summary>Levenshtein distance, for ordering a handful of candidates.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
