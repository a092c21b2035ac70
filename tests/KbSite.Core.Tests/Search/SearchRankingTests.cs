using KbSite.Search;

namespace KbSite.Search;

public sealed class SearchRankingTests : IDisposable
{
    private readonly SearchTestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("S E R V P A C K")]
    [InlineData("servpack")]
    public void The_service_pack_article_and_Q152877_are_in_the_top_three(string query)
    {
        var top3 = _index.Ids(query, 3);

        Assert.Equal("Q900101", top3[0]); // carries SERVPACK as a query word: outranks articles that mention it
        Assert.Contains("Q152877", top3);
    }

    [Theory]
    [InlineData("N T S P 4", "ntsp4")]
    [InlineData("ntsp4", "N T S P 4")]
    public void A_spaced_word_with_a_digit_finds_the_joined_word_and_back(string indexed, string query)
    {
        using var index = new SearchTestIndex(
        [
            new KbSite.Articles.Article { Number = "Q1", Title = "Service pack notes", QueryWords = [indexed], State = KbSite.Articles.ArticleState.Published },
            new KbSite.Articles.Article { Number = "Q2", Title = "Other notes", Body = "N T S P and 4 apart.", State = KbSite.Articles.ArticleState.Published },
        ]);

        Assert.Equal(["Q1"], index.Ids(query));
    }

    [Fact]
    public void Mta_hang_puts_Q152877_first()
    {
        Assert.Equal("Q152877", _index.Ids("mta hang")[0]);
    }

    [Theory]
    [InlineData("hangs")]
    [InlineData("hanging")]
    public void Stemmed_forms_find_the_article_that_carries_the_word(string query)
    {
        Assert.Contains("Q152877", _index.Ids(query));
    }

    [Fact]
    public void An_event_id_finds_every_article_with_that_event()
    {
        var ids = _index.Ids("1004");

        Assert.Contains("Q152877", ids);
        Assert.Contains("Q900110", ids);
        Assert.Contains("Q900122", ids); // the same id under another source
    }

    [Fact]
    public void Event_ids_are_exact_terms()
    {
        var result = _index.Searcher.Search(new SearchRequest("10040"));

        Assert.DoesNotContain(result.Hits, h => h.Id == "Q152877");
    }

    [Theory]
    [InlineData("MSExchangeMTA 1004")]
    [InlineData("msexchange mta 1004")]
    [InlineData("MSExchange MTA 1004")]
    public void Source_and_id_put_Q152877_first(string query)
    {
        Assert.Equal("Q152877", _index.Ids(query)[0]);
    }

    [Theory]
    [InlineData("Q152877")]
    [InlineData("KB152877")]
    [InlineData("152877")]
    [InlineData("kb152877")]
    public void Every_form_of_the_article_number_puts_the_article_first(string query)
    {
        var result = _index.Searcher.Search(new SearchRequest(query));

        Assert.Equal("Q152877", result.Hits[0].Id);
        Assert.Equal("Q152877", result.ExactArticle);
    }

    [Fact]
    public void All_words_are_required_by_default()
    {
        var ids = _index.Ids("mta password");

        Assert.Equal(["Q900110"], ids);
    }

    [Fact]
    public void Without_an_article_holding_every_word_the_search_relaxes_and_says_so()
    {
        var result = _index.Searcher.Search(new SearchRequest("servpack zzyzxnotaword"));

        Assert.True(result.Relaxed);
        Assert.Contains(result.Hits, h => h.Id == "Q900101");
    }

    [Fact]
    public void Quoted_phrases_match_in_order_only()
    {
        Assert.Equal(["Q152877"], _index.Ids("\"association will be terminated\""));
        Assert.Empty(_index.Ids("\"terminated association\""));
    }

    [Fact]
    public void A_minus_word_excludes_articles_with_it()
    {
        var with = _index.Ids("mta");
        var without = _index.Ids("mta -hang");

        Assert.Contains("Q152877", with);
        Assert.DoesNotContain("Q152877", without);
        Assert.NotEmpty(without);
    }

    [Theory]
    [InlineData("product:sql log", "Q900130")]
    [InlineData("source:MSExchangeIMC smart host", "Q900121")]
    [InlineData("eventid:7000 exchange", "Q900152")]
    [InlineData("status:by-design password", "Q900110")]
    public void Field_filters_narrow_the_results(string query, string expectedFirst)
    {
        Assert.Equal(expectedFirst, _index.Ids(query)[0]);
    }

    [Fact]
    public void Filters_alone_list_their_articles()
    {
        var ids = _index.Ids("source:\"Service Control Manager\"");

        Assert.Equal(["Q900120", "Q900152", "Q900153"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Snippets_highlight_the_matched_words_and_encode_the_rest()
    {
        var hit = _index.Searcher.Search(new SearchRequest("kernel control blocks")).Hits.Single();

        Assert.Contains("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Facets_count_every_match_by_product_version_and_status()
    {
        var result = _index.Searcher.Search(new SearchRequest("event", Top: 1));

        Assert.Equal(result.Total, result.Facets.Statuses.Sum(f => f.Count));
        Assert.Equal(result.Total, result.Facets.Products.Sum(f => f.Count));
        Assert.Contains(result.Facets.Products, f => f.Value == "Microsoft Exchange" && f.Count >= 5);
        Assert.Contains(result.Facets.Versions, f => f.Value == "4.0");
    }

    [Fact]
    public void A_product_filter_from_a_facet_keeps_only_that_product()
    {
        var result = _index.Searcher.Search(new SearchRequest("event", Product: "Microsoft SQL Server", Top: 50));

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("Microsoft SQL Server", h.Product));
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first()
    {
        var hits = _index.Searcher.Search(new SearchRequest("event", Top: 50, Sort: SearchSort.Newest)).Hits;

        Assert.Equal(hits.Select(h => h.Modified).OrderDescending(StringComparer.Ordinal), hits.Select(h => h.Modified));
    }

    [Fact]
    public void Paging_returns_the_next_results_without_overlap()
    {
        var first = _index.Searcher.Search(new SearchRequest("event", Skip: 0, Top: 5));
        var second = _index.Searcher.Search(new SearchRequest("event", Skip: 5, Top: 5));

        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Theory]
    [InlineData("sevrpack", "servpack")]
    [InlineData("assocation", "association")]
    public void A_misspelt_word_gets_a_did_you_mean_from_the_index(string typed, string suggested)
    {
        var result = _index.Searcher.Search(new SearchRequest(typed) { Verbatim = true });

        Assert.Equal(suggested, result.DidYouMean);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("sevrpack", "servpack")]
    [InlineData("assocation terminted", "association terminated")]
    public void Nothing_found_with_a_confident_correction_shows_the_corrections_results_and_says_so(string typed, string corrected)
    {
        var result = _index.Searcher.Search(new SearchRequest(typed));

        Assert.True(result.Total > 0);
        Assert.Equal((typed, corrected), (result.CorrectedFrom, result.ShowingResultsFor));
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void A_typo_in_one_word_of_several_gets_a_suggestion_beside_the_any_word_results()
    {
        var result = _index.Searcher.Search(new SearchRequest("mta assocation"));

        Assert.True(result.Relaxed);
        Assert.Equal("mta association", result.DidYouMean);
    }

    [Fact]
    public void Snippets_start_at_a_word_not_on_stray_punctuation()
    {
        var body = string.Concat(Enumerable.Range(0, 40).Select(i => $"(see note {i}). Then, ")) + "the zorbulator stops; " + string.Concat(Enumerable.Range(0, 40).Select(i => $"[{i}], ... "));
        using var index = new SearchTestIndex([new KbSite.Articles.Article { Number = "Q1", Title = "Notes", Body = body, State = KbSite.Articles.ArticleState.Published }]);

        var snippet = index.Searcher.Search(new SearchRequest("zorbulator")).Hits[0].SnippetHtml;

        Assert.Contains("<mark>zorbulator</mark>", snippet, StringComparison.Ordinal);
        Assert.True(char.IsLetterOrDigit(snippet[0]) || snippet.StartsWith("<mark>", StringComparison.Ordinal) || snippet[0] == '(', snippet);
    }
}
