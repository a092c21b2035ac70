namespace KbSite.Matching;

public sealed class MessagePairsTests
{
    [Fact]
    public void Adjacent_tokens_pair_up_in_order_with_every_value_as_one_marker()
    {
        var pairs = MessagePairs.Of(MessageTokenizer.Tokenize(@"Cannot open C:\mtadata\db.dat on EXCH01 now"));

        Assert.Equal(["cannot open", "open #", "# on", "on #", "# now"], pairs);
    }

    [Fact]
    public void A_placeholder_in_an_article_and_a_value_in_a_log_give_the_same_pairs()
    {
        var article = MessagePairs.Of(MessageTokenizer.Tokenize("Server <servername> is down"));
        var log = MessagePairs.Of(MessageTokenizer.Tokenize("Server EXCH07 is down"));

        Assert.Equal(article, log);
    }

    [Fact]
    public void One_token_has_no_pairs()
    {
        Assert.Empty(MessagePairs.Of(MessageTokenizer.Tokenize("failed")));
    }
}
