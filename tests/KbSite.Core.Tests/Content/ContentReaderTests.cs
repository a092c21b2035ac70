using System.Text;

namespace KbSite.Content;

public sealed class ContentReaderTests : IDisposable
{
    private readonly TempDirectory _content = new();

    public void Dispose() => _content.Dispose();

    private static string Md(string id, string title) => $"---\nid: {id}\ntitle: {title}\n---\nBody of {id}.\n";

    private static ContentFile File(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_folder_is_read_in_batches_of_the_size_asked_for_in_name_order()
    {
        for (var i = 1; i <= 5; i++)
        {
            _content.Write($"a{i}.md", Md($"Q{i}", $"Title {i}"));
        }

        var batches = ContentReader.ReadFolder(_content.Path, batchSize: 2).ToList();

        Assert.Equal([2, 2, 1], batches.Select(b => b.Articles.Count));
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5"], batches.SelectMany(b => b.Articles).Select(a => a.Article.Number));
        Assert.Equal("a1.md", batches[0].Articles[0].File);
    }

    [Fact]
    public void A_number_already_read_is_refused_even_in_a_later_batch()
    {
        var (articles, problems) = ContentReader.Read([File("a.md", Md("Q30", "From a")), File("b.md", Md("Q31", "Other")), File("c.md", Md("KB30", "From c"))]).All();

        Assert.Equal(["Q30", "Q31"], articles.Select(a => a.Article.Number));
        var problem = Assert.Single(problems);
        Assert.Equal("c.md", problem.File);
        Assert.Contains("a.md", problem.Message, StringComparison.Ordinal);

        var batched = ContentReader.Read([File("a.md", Md("Q30", "From a")), File("b.md", Md("Q31", "Other")), File("c.md", Md("KB30", "From c"))], batchSize: 1).ToList();
        Assert.Equal("c.md", Assert.Single(batched.SelectMany(b => b.Problems)).File);
    }

    [Fact]
    public void Files_in_latin1_are_read()
    {
        var (articles, problems) = ContentReader.Read([new ContentFile("latin.md", Encoding.Latin1.GetBytes(Md("Q40", "Caf\u00e9 server")))]).All();

        Assert.Empty(problems);
        Assert.Equal("Caf\u00e9 server", Assert.Single(articles).Article.Title);
    }

    [Fact]
    public void A_missing_folder_is_a_problem_not_an_exception()
    {
        var batch = Assert.Single(ContentReader.ReadFolder(_content.Combine("nope")));

        Assert.Contains("does not exist", Assert.Single(batch.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it_whole()
    {
        using (var big = System.IO.File.Create(_content.Combine("big.md")))
        {
            big.SetLength(ArticleFileReader.MaxFileBytes + 1);
        }

        var batch = Assert.Single(ContentReader.ReadFolder(_content.Path));

        Assert.Contains("larger than", Assert.Single(batch.Problems).Message, StringComparison.Ordinal);
    }
}
