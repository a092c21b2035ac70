using KbSite.Articles;
using KbSite.Content;
using KbSite.Corpus;
using KbSite.Search;

namespace KbSite.Content;

public sealed class ArticleMarkdownWriterTests
{
    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Fixture.ShippedContentDir, "*.md"))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void A_shipped_article_round_trips_exactly(string file)
    {
        var original = MarkdownArticleReader.Read(File.ReadAllText(Path.Combine(Fixture.ShippedContentDir, file)));

        var written = ArticleMarkdownWriter.Write(original);
        var again = MarkdownArticleReader.Read(written);

        Assert.True(ArticleContent.Same(original, again), $"{file} changed in the round trip");
        Assert.Equal(written, ArticleMarkdownWriter.Write(again));
    }

    [Fact]
    public void Generated_articles_with_every_kind_of_value_round_trip_exactly()
    {
        foreach (var g in new CorpusGenerator(seed: 3, articleCount: 300).Generate())
        {
            var written = ArticleMarkdownWriter.Write(g.Article);
            var again = MarkdownArticleReader.Read(written);

            Assert.True(ArticleContent.Same(g.Article, again), $"{g.Article.Number} changed in the round trip");
            Assert.Equal(written, ArticleMarkdownWriter.Write(again));
        }
    }

    [Fact]
    public void Quotes_backslashes_and_yaml_lookalikes_survive()
    {
        var article = new Article
        {
            Number = "Q1",
            Title = "Say \"hi\": - [not a list] # not a comment \\ back",
            Product = "yes",
            Body = "## Symptoms\n\n---\nNot front matter.\n",
            Events = [new EventSignature { Source = "S", EventId = 0, Message = "C:\\exchsrvr\\mtadata 'quoted' {braces}" }],
        };

        var again = MarkdownArticleReader.Read(ArticleMarkdownWriter.Write(article));

        Assert.Equal(article.Title, again.Title);
        Assert.Equal("yes", again.Product);
        Assert.Equal(article.Body, again.Body);
        Assert.Equal(article.Events[0].Message, again.Events[0].Message);
    }

    [Fact]
    public void A_zip_of_the_base_opens_back_into_the_same_articles()
    {
        var articles = SearchTestIndex.ShippedArticles();

        var files = ContentArchive.Open("all.zip", ContentArchive.Write(articles));
        var (read, problems) = ContentReader.Read(files).All();

        Assert.Empty(problems);
        Assert.Equal(articles.Count, read.Count);
        Assert.All(read, r => Assert.True(ArticleContent.Same(articles.Single(a => a.Number == r.Article.Number), r.Article)));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused_with_a_reason()
    {
        var e = Assert.Throws<ContentFormatException>(() => ContentArchive.Open("broken.zip", [1, 2, 3]));

        Assert.Contains("not a readable zip", e.Message, StringComparison.Ordinal);
    }
}

public sealed class ClassicRoundTripTests
{
    [Theory]
    [InlineData("Q152877.flat.txt")]
    [InlineData("Q152877.multiline.TXT")]
    public void A_classic_article_downloads_as_md_and_reads_back_the_same(string file)
    {
        var classic = ClassicKbReader.Read(Fixture.Text(file));

        var again = MarkdownArticleReader.Read(ArticleMarkdownWriter.Write(classic));

        Assert.True(ArticleContent.Same(classic, again), $"{file}: status text '{classic.StatusText}' vs '{again.StatusText}'");
    }
}
