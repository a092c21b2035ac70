using KbSite.Articles;
using KbSite.Articles.Store;
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
        var sync = new SearchIndexSync(index, _store.Factory, NullLogger<SearchIndexSync>.Instance);

        await sync.InitializeAsync(CancellationToken.None);
        Assert.Equal(["Q1"], Find(index, "alpha"));

        await _store.Import(sync).ImportFilesAsync([Md("Q3", "alpha three"), Md("Q2", "alpha draft", "published")], "test");
        Assert.Equal(["Q1", "Q2", "Q3"], Find(index, "alpha").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Applying_the_feed_repairs_an_index_that_missed_changes()
    {
        await _store.Import().ImportFilesAsync([Md("Q1", "alpha"), Md("Q2", "beta")], "test");
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, NullLogger<SearchIndexSync>.Instance);
        await sync.InitializeAsync(CancellationToken.None);

        // Writes through the door that the index did not hear of (as when an update failed, or another node wrote).
        await _store.Import().ImportFilesAsync([Md("Q1", "gamma"), Md("Q4", "delta")], "test");
        await _store.Writer().DeleteAsync("Q2", "test");
        Assert.Equal(["Q1"], Find(index, "alpha"));

        var applied = await sync.ApplyFeedAsync(CancellationToken.None);

        Assert.Equal(["Q1", "Q2", "Q4"], applied.Order(StringComparer.Ordinal));
        Assert.Empty(Find(index, "alpha"));
        Assert.Equal(["Q1"], Find(index, "gamma"));
        Assert.Equal(["Q4"], Find(index, "delta"));
        Assert.Empty(Find(index, "beta"));
        Assert.False(sync.IsBehind);
        Assert.Equal(0, (await sync.LagAsync(CancellationToken.None)).Behind);
    }

    [Fact]
    public async Task Writes_by_another_process_show_as_lag_until_the_feed_is_applied()
    {
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, NullLogger<SearchIndexSync>.Instance);
        await sync.InitializeAsync(CancellationToken.None);
        Assert.Equal(0, (await sync.LagAsync(CancellationToken.None)).Behind);

        // As the command-line import does: the store only, no index listener.
        await _store.Import().ImportFilesAsync([Md("Q9", "epsilon"), Md("Q8", "zeta")], "test");

        Assert.Equal(2, (await sync.LagAsync(CancellationToken.None)).Behind);
        await sync.ApplyFeedAsync(CancellationToken.None);
        Assert.Equal(["Q9"], Find(index, "epsilon"));
        Assert.Equal(0, (await sync.LagAsync(CancellationToken.None)).Behind);
    }

    [Fact]
    public async Task A_reopened_index_catches_up_from_the_sequence_in_its_commit_data_without_a_rebuild()
    {
        await _store.Import().ImportFilesAsync([Md("Q1", "alpha")], "test");
        var path = _store.Directory.Combine("index");
        using (var first = new SearchIndex(path))
        {
            await new SearchIndexSync(first, _store.Factory, NullLogger<SearchIndexSync>.Instance).InitializeAsync(CancellationToken.None);
        }

        await _store.Import().ImportFilesAsync([Md("Q2", "alpha two")], "test");
        using var index = new SearchIndex(path);
        Assert.False(index.NeedsRebuild);
        Assert.Equal(1, index.AppliedSequence);
        await new SearchIndexSync(index, _store.Factory, NullLogger<SearchIndexSync>.Instance).InitializeAsync(CancellationToken.None);

        Assert.Equal(["Q1", "Q2"], Find(index, "alpha").Order(StringComparer.Ordinal));
        Assert.Equal(2, index.AppliedSequence);
    }

    [Fact]
    public async Task An_index_behind_the_pruned_feed_is_rebuilt_from_the_store()
    {
        await _store.Import().ImportFilesAsync([Md("Q1", "alpha")], "test");
        var path = _store.Directory.Combine("index");
        using (var first = new SearchIndex(path))
        {
            await new SearchIndexSync(first, _store.Factory, NullLogger<SearchIndexSync>.Instance).InitializeAsync(CancellationToken.None);
        }

        // The node is away while three writes happen and the feed is pruned down to its newest row.
        await _store.Import().ImportFilesAsync([Md("Q2", "alpha two"), Md("Q3", "alpha three")], "test");
        await _store.Writer().DeleteAsync("Q1", "test");
        var pruned = await new ChangeFeed(_store.Factory).PruneAsync(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.Equal(3, pruned);

        using var index = new SearchIndex(path);
        Assert.False(index.NeedsRebuild);
        await new SearchIndexSync(index, _store.Factory, NullLogger<SearchIndexSync>.Instance).InitializeAsync(CancellationToken.None);

        Assert.Equal(["Q2", "Q3"], Find(index, "alpha").Order(StringComparer.Ordinal));
        Assert.Equal(4, index.AppliedSequence);
    }

    [Fact]
    public async Task A_failed_index_update_leaves_the_store_write_and_marks_the_index_behind()
    {
        using var index = new SearchIndex(_store.Directory.Combine("index"));
        var sync = new SearchIndexSync(index, _store.Factory, NullLogger<SearchIndexSync>.Instance);
        await sync.InitializeAsync(CancellationToken.None);
        index.Dispose(); // any further index write fails

        var report = await _store.Import(sync).ImportFilesAsync([Md("Q7", "saved anyway")], "test");

        Assert.Equal(["Q7"], report.Created);
        Assert.True(sync.IsBehind);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.True(await db.Articles.AnyAsync(a => a.Number == "Q7"));
    }
}
