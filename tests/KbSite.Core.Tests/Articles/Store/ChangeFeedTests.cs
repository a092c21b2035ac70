using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles;

public sealed class ChangeFeedTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task AddAsync(params (string Number, DateTime At)[] rows)
    {
        await using var db = await _store.Factory.CreateDbContextAsync();
        db.Changes.AddRange(rows.Select(r => new ArticleChange { Number = r.Number, Kind = "saved", AtUtc = r.At }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_empty_feed_is_at_sequence_zero_and_has_pruned_nothing()
    {
        var feed = new ChangeFeed(_store.Factory);

        Assert.Equal(0, await feed.LatestAsync(CancellationToken.None));
        Assert.Empty(await feed.ReadAfterAsync(0, 10, CancellationToken.None));
        Assert.False(await feed.PrunedAfterAsync(0, CancellationToken.None));
    }

    [Fact]
    public async Task Rows_are_read_after_a_position_in_order_and_in_bounded_batches()
    {
        var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await AddAsync(("Q1", at), ("Q2", at), ("Q1", at), ("Q3", at));
        var feed = new ChangeFeed(_store.Factory);

        var first = await feed.ReadAfterAsync(1, 2, CancellationToken.None);

        Assert.Equal([2L, 3L], first.Select(r => r.Sequence));
        Assert.Equal(["Q2", "Q1"], first.Select(r => r.Number));
        Assert.Equal(4, await feed.LatestAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Pruning_deletes_rows_older_than_the_cut_but_keeps_the_newest_and_says_who_is_behind()
    {
        var old = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await AddAsync(("Q1", old), ("Q2", old), ("Q3", old.AddDays(10)), ("Q4", old.AddDays(20)));
        var feed = new ChangeFeed(_store.Factory);

        Assert.Equal(2, await feed.PruneAsync(old.AddDays(5), CancellationToken.None));
        // Everything older than the cut: all but the newest row, which keeps the feed's position known.
        Assert.Equal(1, await feed.PruneAsync(old.AddDays(30), CancellationToken.None));

        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal([4L], await db.Changes.Select(c => c.Sequence).ToListAsync());
        Assert.Equal(4, await feed.LatestAsync(CancellationToken.None));
        Assert.True(await feed.PrunedAfterAsync(2, CancellationToken.None));
        Assert.False(await feed.PrunedAfterAsync(3, CancellationToken.None));
    }
}
