namespace KbSite.Matching;

public sealed class MessageTokenizerTests
{
    private static List<TokenKind> Kinds(string message) => MessageTokenizer.Tokenize(message).Select(t => t.Kind).ToList();

    [Theory]
    [InlineData("EXCH01", TokenKind.Name)]
    [InlineData("10.0.4.17", TokenKind.IpAddress)]
    [InlineData(@"C:\exchsrvr\mtadata\db0001.dat", TokenKind.Path)]
    [InlineData(@"CONTOSO\jsmith", TokenKind.Account)]
    [InlineData("[10 21 6 BASE IL KERNEL 14] (14)", TokenKind.DiagnosticCode)]
    [InlineData("0x80070005", TokenKind.Hex)]
    [InlineData("{6B29FC40-CA47-1067-B31D-00DD010662DA}", TokenKind.GuidValue)]
    [InlineData("/O=Contoso/OU=Paris/CN=Configuration/CN=Servers/CN=PARMAIL1", TokenKind.DistinguishedName)]
    [InlineData("CN=PARMAIL1,OU=Servers,DC=contoso,DC=com", TokenKind.DistinguishedName)]
    [InlineData("<servername>", TokenKind.Placeholder)]
    [InlineData("%1", TokenKind.Placeholder)]
    [InlineData("{0}", TokenKind.Placeholder)]
    [InlineData("xxx", TokenKind.Placeholder)]
    [InlineData("XXXX", TokenKind.Placeholder)]
    [InlineData("...", TokenKind.Placeholder)]
    [InlineData("…", TokenKind.Placeholder)]
    [InlineData("4213", TokenKind.Number)]
    [InlineData("'Public Folders'", TokenKind.Quoted)]
    public void Each_kind_of_variable_part_is_recognised_by_its_shape(string value, TokenKind kind)
    {
        Assert.Equal([TokenKind.Word, kind, TokenKind.Word], Kinds($"before {value} after"));
    }

    [Fact]
    public void A_bracketed_code_cut_off_by_the_end_of_a_paste_is_still_one_diagnostic_code()
    {
        var tokens = MessageTokenizer.Tokenize("Client service error connection [5 28 BASE IL KERN");

        Assert.Equal([TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.DiagnosticCode], tokens.Select(t => t.Kind));
        Assert.Equal("[5 28 BASE IL KERN", tokens[^1].Text);
    }

    [Fact]
    public void An_open_bracket_with_more_lines_after_it_is_not_taken_for_a_code()
    {
        Assert.DoesNotContain(TokenKind.DiagnosticCode, Kinds("queue [5 28 full\nretry later"));
    }

    [Theory]
    [InlineData("with entity /O=Fabrikam/OU=Berlin/CN=Servers/CN=BERMTA1/CN=Microsoft MTA. The", "/O=Fabrikam/OU=Berlin/CN=Servers/CN=BERMTA1/CN=Microsoft MTA")]
    [InlineData("with entity /O=Fabrikam/CN=Servers/CN=BERMTA1 The association", "/O=Fabrikam/CN=Servers/CN=BERMTA1")]
    public void An_x500_name_keeps_the_capitalised_words_that_end_it_and_nothing_after(string message, string name)
    {
        Assert.Contains(MessageTokenizer.Tokenize(message), t => t.Kind == TokenKind.DistinguishedName && t.Text == name);
    }

    [Theory]
    [InlineData("with entity . The association", 2)]
    [InlineData("at port , retrying", 2)]
    public void A_value_the_article_left_blank_is_an_empty_placeholder(string message, int position)
    {
        var token = MessageTokenizer.Tokenize(message)[position];

        Assert.Equal(TokenKind.Placeholder, token.Kind);
        Assert.Equal(MessageTokenizer.BlankText, token.Text);
        Assert.Equal("", token.Key);
    }

    [Fact]
    public void A_sentence_ending_normally_has_no_blank()
    {
        Assert.DoesNotContain(MessageTokenizer.Tokenize("The association ended. Then, it restarted."), t => t.Kind == TokenKind.Placeholder);
    }

    [Fact]
    public void Fixed_words_are_compared_without_case()
    {
        var tokens = MessageTokenizer.Tokenize("The MTA Stopped");

        Assert.Equal(["the", "mta", "stopped"], tokens.Select(t => t.Key));
        Assert.All(tokens, t => Assert.False(t.IsVariable));
    }
}
