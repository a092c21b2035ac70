namespace KbSite.Articles;

public sealed class ArticlePagesTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<Page<ArticleSummary>> PageAsync(int page, int size)
    {
        await using (var db = await _store.Factory.CreateDbContextAsync())
        {
            if (!db.Articles.Any())
            {
                db.Articles.AddRange(Enumerable.Range(1, 5).Select(i => new Article { Number = $"Q{i}", Title = $"Article {i}" }));
                await db.SaveChangesAsync();
            }
        }

        await using var read = await _store.Factory.CreateDbContextAsync();
        return await ArticlePages.ReadAsync(read.Articles.OrderBy(a => a.Number), page, size, CancellationToken.None);
    }

    [Fact]
    public async Task Pages_hold_their_slice_of_the_list()
    {
        var second = await PageAsync(2, 2);

        Assert.Equal((5, 2, 2, 3), (second.Total, second.PageNumber, second.PageSize, second.PageCount));
        Assert.Equal(["Q3", "Q4"], second.Items.Select(i => i.Number));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public async Task A_page_past_the_end_is_empty_and_keeps_its_number(int page)
    {
        var past = await PageAsync(page, 2);

        Assert.Equal(page, past.PageNumber);
        Assert.Empty(past.Items);
        Assert.Equal(5, past.Total);
    }

    [Fact]
    public async Task Page_size_and_number_are_brought_into_range()
    {
        var page = await PageAsync(0, 100_000);

        Assert.Equal((1, ArticlePages.MaxPageSize, 5), (page.PageNumber, page.PageSize, page.Items.Count));
    }
}
