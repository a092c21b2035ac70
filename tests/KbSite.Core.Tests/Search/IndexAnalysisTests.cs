using KbSite.Search;

namespace KbSite.Search;

public sealed class IndexAnalysisTests
{
    private static List<string> Exact(string text) => IndexAnalysis.Terms(IndexAnalysis.Exact, IndexFields.BodyExact, text);

    private static List<string> Stemmed(string text) => IndexAnalysis.Terms(IndexAnalysis.Stemmed, IndexFields.Body, text);

    [Theory]
    [InlineData("S E R V P A C K")]
    [InlineData("s e r v p a c k")]
    [InlineData("SERVPACK")]
    [InlineData("servpack")]
    public void Spaced_out_letters_and_the_word_are_the_same_term(string text)
    {
        Assert.Equal(["servpack"], Exact(text));
        Assert.Equal(["servpack"], Stemmed(text));
    }

    [Theory]
    [InlineData("N T S P 4")]
    [InlineData("n t s p 4")]
    [InlineData("NTSP4")]
    [InlineData("ntsp4")]
    public void Spaced_out_letters_with_digits_and_the_word_are_the_same_term(string text)
    {
        Assert.Equal(["ntsp4"], Exact(text));
        Assert.Equal(["ntsp4"], Stemmed(text));
    }

    [Fact]
    public void Spaced_digits_alone_are_not_joined()
    {
        Assert.Equal(["1", "2", "3"], Exact("1 2 3"));
        Assert.Equal(["pack", "1", "2", "3"], Exact("Pack 1 2 3"));
    }

    [Fact]
    public void The_join_happens_before_stop_words_are_dropped()
    {
        // "A" is an English stop word; dropped first, it would break the run into S E R V P and C K.
        Assert.Equal(["query", "servpack", "now"], Exact("query S E R V P A C K now"));
    }

    [Fact]
    public void One_or_two_single_letters_pass_through()
    {
        Assert.Equal(["b", "test"], Exact("a b test"));
        Assert.Equal(["x", "y", "drive"], Exact("x y drive"));
    }

    [Fact]
    public void Letters_not_one_space_apart_are_not_joined()
    {
        Assert.Equal(["x", "y", "z"], Exact("x, y, z"));
    }

    [Fact]
    public void Stemming_folds_hang_hangs_and_hanging()
    {
        Assert.Equal(Stemmed("hang"), Stemmed("hangs"));
        Assert.Equal(Stemmed("hang"), Stemmed("hanging"));
        Assert.Equal(["hangs"], Exact("hangs"));
    }

    [Fact]
    public void Event_ids_article_numbers_and_sources_stay_whole_tokens()
    {
        Assert.Equal(["msexchangemta", "event", "id", "1004"], Exact("MSExchangeMTA Event ID 1004"));
        Assert.Equal(["q152877"], Exact("Q152877"));
        Assert.Equal(["0x80004005"], Exact("0x80004005"));
    }

    [Theory]
    [InlineData("MSExchangeMTA")]
    [InlineData("MSExchange MTA")]
    [InlineData("msexchange mta")]
    [InlineData("MSEXCHANGE-MTA")]
    public void Source_names_normalise_to_one_key(string source)
    {
        Assert.Equal("msexchangemta", SourceName.Normalize(source));
    }
}
