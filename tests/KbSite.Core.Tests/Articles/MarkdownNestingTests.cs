namespace KbSite.Articles;

public sealed class MarkdownNestingTests
{
    [Theory]
    [InlineData("Plain text.", 0)]
    [InlineData("> quoted\n> > twice", 2)]
    [InlineData("- one\n  - two\n    - three", 3)]
    [InlineData("1. one\n   1) two", 2)]
    [InlineData("> - a list in a quote", 2)]
    [InlineData("[link [with [brackets]]](x)", 3)]
    [InlineData("a ] stray closer [one]", 1)]
    [InlineData("-not a list\n*bold*", 0)]
    public void Depth_counts_quotes_list_levels_and_brackets(string markdown, int depth)
    {
        Assert.Equal(depth, MarkdownNesting.Depth(markdown));
    }

    [Fact]
    public void Every_shipped_article_is_well_within_the_limit()
    {
        foreach (var file in Directory.GetFiles(Fixture.ShippedContentDir))
        {
            Assert.True(MarkdownNesting.Depth(File.ReadAllText(file)) <= 4, file);
        }
    }
}
