using KbSite.Articles;
using KbSite.Matching;
using KbSite.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Gaps;

public sealed class GapQueriesTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TestStore _store = new();
    private readonly StoppedClock _clock = new(Noon);
    private SearchTestIndex _index = new([]);

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }

    private GapQueries Queries() => new(_store.Factory, _index.Index, new EventMatcher(_index.Index), _index.Searcher);

    private Task WriteAsync(params GapRecorder.Miss[] misses) =>
        new GapRecorder(_store.Factory, _clock, new GapSettings(), NullLogger<GapRecorder>.Instance).WriteAsync(misses, CancellationToken.None);

    private static GapRecorder.Miss Paste(int id, string message, DateTimeOffset at) => new("WombatRelay", id, message, at.UtcDateTime);

    [Fact]
    public async Task Gaps_are_ranked_by_how_often_then_how_recently_and_filtered_by_when_last_met()
    {
        await WriteAsync(
            Paste(1, "Once long ago.", Noon.AddDays(-40)),
            Paste(2, "Twice.", Noon.AddDays(-3)), Paste(2, "Twice.", Noon.AddDays(-2)),
            Paste(3, "Once lately.", Noon.AddHours(-1)),
            Paste(4, "Twice earlier.", Noon.AddDays(-9)), Paste(4, "Twice earlier.", Noon.AddDays(-8)));

        var all = await Queries().ListAsync(GapKind.Paste, null, 1, 10);
        var lastMonth = await Queries().ListAsync(GapKind.Paste, Noon.AddDays(-30).UtcDateTime, 1, 10);
        var second = await Queries().ListAsync(GapKind.Paste, null, 2, 3);

        Assert.Equal([2, 4, 3, 1], all.Items.Select(g => g.EventId!.Value));
        Assert.Equal([2, 4, 3], lastMonth.Items.Select(g => g.EventId!.Value));
        Assert.Equal(4, second.Total);
        Assert.Equal([1], second.Items.Select(g => g.EventId!.Value));
    }

    [Fact]
    public async Task A_dismissed_gap_is_left_out_until_readers_meet_it_again()
    {
        await WriteAsync(Paste(1, "Relay stopped.", Noon.AddHours(-1)), Paste(2, "Relay paused.", Noon.AddHours(-1)));
        var queries = Queries();
        var stopped = (await queries.ListAsync(GapKind.Paste, null, 1, 10)).Items.Single(g => g.EventId == 1);

        Assert.True(await queries.DismissAsync(GapKind.Paste, stopped.Id, "expected during upgrades", Noon.UtcDateTime));
        Assert.False(await queries.DismissAsync(GapKind.Paste, 99999, "no such gap", Noon.UtcDateTime));
        Assert.Equal([2], (await queries.ListAsync(GapKind.Paste, null, 1, 10)).Items.Select(g => g.EventId!.Value));

        _clock.Now = Noon.AddMinutes(5);
        await WriteAsync(Paste(1, "Relay stopped.", Noon.AddMinutes(5)));
        var back = (await queries.ListAsync(GapKind.Paste, null, 1, 10)).Items.Single(g => g.EventId == 1);
        Assert.Equal(2, back.Count);
    }

    [Fact]
    public async Task A_gap_shows_as_answered_by_the_article_that_now_explains_it_or_that_the_search_now_finds()
    {
        await WriteAsync(Paste(4711, "The wombat relay on MAIL07 stopped because queue 7 is full.", Noon), new(null, null, "wombat relay", Noon.UtcDateTime));
        Assert.Null((await Queries().ListAsync(GapKind.Paste, null, 1, 10)).Items.Single().AnsweredBy);
        Assert.Null((await Queries().ListAsync(GapKind.Search, null, 1, 10)).Items.Single().AnsweredBy);

        var article = new Article
        {
            Number = "Q990001",
            Title = "The wombat relay stops",
            Body = "The wombat relay stops when its queue is full.",
            State = ArticleState.Published,
            Events = [EventSignature.At(0, "WombatRelay", 4711, "Error", "The wombat relay on <server name> stopped because queue <number> is full.")],
        };
        DerivedFields.Apply(article);
        _index.Dispose();
        _index = new SearchTestIndex([article]);

        Assert.Equal("Q990001", (await Queries().ListAsync(GapKind.Paste, null, 1, 10)).Items.Single().AnsweredBy);
        Assert.Equal("Q990001", (await Queries().ListAsync(GapKind.Search, null, 1, 10)).Items.Single().AnsweredBy);
    }
}
