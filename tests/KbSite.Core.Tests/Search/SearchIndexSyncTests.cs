using KbSite.Articles;
using KbSite.Content;
using KbSite.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Search;

public sealed class SearchIndexSyncTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private static ContentFile Md(string id, string title, string state = "published") =>
        new($"{id}.md", System.Text.Encoding.UTF8.GetBytes($"---\nid: {id}\ntitle: {title}\nstate: {state}\n---\nText.\n"));

    private static List<string> Find(SearchIndex index, string query) =>
        new ArticleSearcher(index).Search(new SearchRequest(query)).Hits.Select(h => h.Id).ToList();

    [Fact]
    public async Task A_new_index_is_rebuilt_from_the_store_and_imports_reach_it()
    {
        await _store.Import().ImportFilesAsync([Md("Q1", "alpha"), Md("Q2", "alpha draft", "draft")], "test");
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, TimeProvider.System, NullLogger<SearchIndexSync>.Instance);

        await sync.InitializeAsync(CancellationToken.None);
        Assert.Equal(["Q1"], Find(index, "alpha"));

        await _store.Import(sync).ImportFilesAsync([Md("Q3", "alpha three"), Md("Q2", "alpha draft", "published")], "test");
        Assert.Equal(["Q1", "Q2", "Q3"], Find(index, "alpha").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Catching_up_repairs_an_index_that_missed_changes()
    {
        await _store.Import().ImportFilesAsync([Md("Q1", "alpha"), Md("Q2", "beta")], "test");
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, TimeProvider.System, NullLogger<SearchIndexSync>.Instance);
        await sync.InitializeAsync(CancellationToken.None);

        // Changes written to the store while the index did not hear of them (as when an update failed).
        await _store.Import().ImportFilesAsync([Md("Q1", "gamma"), Md("Q4", "delta")], "test");
        await using (var db = await _store.Factory.CreateDbContextAsync())
        {
            await db.Articles.Where(a => a.Number == "Q2").ExecuteDeleteAsync();
        }

        Assert.Equal(["Q1"], Find(index, "alpha"));

        await sync.CatchUpAsync(CancellationToken.None);

        Assert.Empty(Find(index, "alpha"));
        Assert.Equal(["Q1"], Find(index, "gamma"));
        Assert.Equal(["Q4"], Find(index, "delta"));
        Assert.Empty(Find(index, "beta"));
        Assert.False(sync.IsBehind);
    }

    [Fact]
    public async Task Writes_by_another_process_are_noticed_and_caught_up()
    {
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, TimeProvider.System, NullLogger<SearchIndexSync>.Instance);
        await sync.InitializeAsync(CancellationToken.None);
        Assert.False(await sync.StoreChangedSinceSyncAsync(CancellationToken.None));

        // As the command-line import does: the store only, no index listener.
        await _store.Import().ImportFilesAsync([Md("Q9", "epsilon")], "test");

        Assert.True(await sync.StoreChangedSinceSyncAsync(CancellationToken.None));
        await sync.CatchUpAsync(CancellationToken.None);
        Assert.Equal(["Q9"], Find(index, "epsilon"));
        Assert.False(await sync.StoreChangedSinceSyncAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_index_update_leaves_the_store_write_and_marks_the_index_behind()
    {
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, TimeProvider.System, NullLogger<SearchIndexSync>.Instance);
        await sync.InitializeAsync(CancellationToken.None);
        index.Dispose(); // any further index write fails

        var report = await _store.Import(sync).ImportFilesAsync([Md("Q7", "saved anyway")], "test");

        Assert.Equal(["Q7"], report.Created);
        Assert.True(sync.IsBehind);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.True(await db.Articles.AnyAsync(a => a.Number == "Q7"));
    }
}
