using KbSite.Articles;

namespace KbSite.Articles;

public sealed class ArticleNumberTests
{
    [Theory]
    [InlineData("Q152877", "Q152877")]
    [InlineData("q152877", "Q152877")]
    [InlineData("KB152877", "Q152877")]
    [InlineData("kb 152877", "Q152877")]
    [InlineData(" 152877 ", "Q152877")]
    [InlineData("Q0152877", "Q152877")]
    public void Every_form_readers_type_names_the_canonical_number(string typed, string canonical)
    {
        Assert.True(ArticleNumber.TryNormalize(typed, out var number));
        Assert.Equal(canonical, number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q")]
    [InlineData("Q0")]
    [InlineData("X152877")]
    [InlineData("Q1234567890")]
    [InlineData("152877abc")]
    [InlineData(null)]
    public void Other_text_is_not_an_article_number(string? typed)
    {
        Assert.False(ArticleNumber.TryNormalize(typed, out _));
    }
}
