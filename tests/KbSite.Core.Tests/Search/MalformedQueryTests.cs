using KbSite.Search;

namespace KbSite.Search;

public sealed class MalformedQueryTests : IDisposable
{
    private readonly SearchTestIndex _index = new();

    public void Dispose() => _index.Dispose();

    public static TheoryData<string> Nasty => new()
    {
        "\"unbalanced quote",
        "mta \"hang",
        "((((",
        "[1004 TO",
        "}{",
        "AND",
        "OR NOT",
        "-",
        "+",
        "&& ||",
        "mta~ hang^2 *kernel? field:",
        "title:mta",
        ":",
        "\\",
        "product:",
        "eventid:abc",
        "status:maybe mta",
        "\"\"",
        "- - -",
        "Type1[/O=Organization/OU=Site/CN=CONFIGURATION]",
        "<script>alert(1)</script>",
        "\0\u0001\u0002",
        "日本語 サーバー",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("mta", 5000)),
        string.Join(' ', Enumerable.Range(0, 3000).Select(i => "w" + i)),
    };

    [Theory]
    [MemberData(nameof(Nasty))]
    public void Malformed_input_is_searched_as_plain_words_and_never_throws(string query)
    {
        var result = _index.Searcher.Search(new SearchRequest(query));

        Assert.NotNull(result);
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void Unbalanced_quotes_are_read_as_plain_words()
    {
        var parsed = SearchQueryParser.Parse("mta \"hang");

        Assert.Equal(["mta", "hang"], parsed.Words);
        Assert.Empty(parsed.Phrases);
        Assert.Equal("Q152877", _index.Ids("mta \"hang")[0]);
    }

    [Fact]
    public void A_very_long_query_is_cut_with_a_note()
    {
        var result = _index.Searcher.Search(new SearchRequest(new string('x', 10_000)));

        Assert.Contains(result.Notes, n => n.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_field_value_is_explained()
    {
        var result = _index.Searcher.Search(new SearchRequest("status:maybe mta"));

        Assert.Contains(result.Notes, n => n.Contains("status:maybe", StringComparison.Ordinal));
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void The_parser_reads_phrases_exclusions_and_filters()
    {
        var parsed = SearchQueryParser.Parse("product:\"Microsoft Exchange\" \"kernel control\" -hang mta S E R V P A C K");

        Assert.Equal([("product", "Microsoft Exchange")], parsed.Filters);
        Assert.Equal(["kernel control"], parsed.Phrases);
        Assert.Equal(["hang"], parsed.Excluded);
        Assert.Equal(["mta", "SERVPACK"], parsed.Words);
    }
}
