namespace KbSite.Search;

public sealed class SearchBoundsTests : IDisposable
{
    private readonly SearchTestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(60_000_000)]
    [InlineData(SearchRequest.MaxSkip + 1)]
    public void A_skip_past_the_deepest_page_gives_the_count_and_no_hits_without_collecting_them(int skip)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = _index.Searcher.Search(new SearchRequest("exchange", Skip: skip, Top: SearchRequest.MaxTop));

        Assert.True(result.Total > 0);
        Assert.Empty(result.Hits);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 20_000_000, "a skip past the end must not allocate in proportion to it");
    }

    [Fact]
    public void The_deepest_page_is_still_served()
    {
        var all = _index.Searcher.Search(new SearchRequest("exchange", Top: SearchRequest.MaxTop));
        var last = _index.Searcher.Search(new SearchRequest("exchange", Skip: all.Total - 1, Top: 5));

        Assert.Equal(all.Hits[all.Total - 1].Id, Assert.Single(last.Hits).Id);
    }
}
