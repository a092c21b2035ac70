using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Gaps;

public sealed class GapRecorderTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TestStore _store = new();
    private readonly StoppedClock _clock = new(Noon);

    public void Dispose() => _store.Dispose();

    private GapRecorder Recorder(GapSettings? settings = null) =>
        new(_store.Factory, _clock, settings ?? new GapSettings(), NullLogger<GapRecorder>.Instance);

    private static GapRecorder.Miss Paste(string message, DateTimeOffset at, string source = "RelayService", int? id = 4711) =>
        new(source, id, message, at.UtcDateTime);

    private static GapRecorder.Miss Search(string query, DateTimeOffset at) => new(null, null, query, at.UtcDateTime);

    private async Task<List<PasteGap>> PasteGapsAsync()
    {
        await using var db = await _store.Factory.CreateDbContextAsync();
        return await db.PasteGaps().OrderBy(g => g.Id).ToListAsync();
    }

    private async Task<List<SearchGap>> SearchGapsAsync()
    {
        await using var db = await _store.Factory.CreateDbContextAsync();
        return await db.SearchGaps().OrderBy(g => g.Id).ToListAsync();
    }

    [Fact]
    public async Task Pastes_of_one_event_from_other_servers_count_on_one_row_with_first_and_last_seen()
    {
        var recorder = Recorder();

        await recorder.WriteAsync([Paste("Relay on MAIL07 lost 10.0.0.1 after 3 tries.", Noon.AddHours(-2)), Paste("Relay on HUB2 lost 10.9.9.9 after 17 tries.", Noon.AddHours(-1))], CancellationToken.None);
        await recorder.WriteAsync([Paste("Relay on GW5 lost 192.168.1.1 after 1 tries.", Noon), Paste("Relay stopped.", Noon)], CancellationToken.None);

        var gaps = await PasteGapsAsync();
        Assert.Equal(2, gaps.Count);
        var lost = gaps.Single(g => g.Message.StartsWith("Relay on", StringComparison.Ordinal));
        Assert.Equal(("RelayService", 4711, "Relay on %1 lost %2 after %3 tries.", 3), (lost.Source, lost.EventId!.Value, lost.Message, lost.Count));
        Assert.Equal((Noon.AddHours(-2).UtcDateTime, Noon.UtcDateTime), (lost.FirstSeenUtc, lost.LastSeenUtc));
    }

    [Fact]
    public async Task Searches_count_by_their_normalised_query()
    {
        await Recorder().WriteAsync([Search("Wombat  RELAY", Noon), Search(" wombat relay ", Noon), Search("quokka", Noon), Search("   ", Noon)], CancellationToken.None);

        var gaps = await SearchGapsAsync();
        Assert.Equal([("wombat relay", 2), ("quokka", 1)], gaps.Select(g => (g.Query, g.Count)));
    }

    [Fact]
    public async Task A_flood_of_new_gaps_adds_at_most_the_daily_cap_while_repeats_still_count()
    {
        var recorder = Recorder(new GapSettings(MaxNewPerDay: 3));
        await recorder.WriteAsync([Paste("Known failure one.", Noon, id: 1)], CancellationToken.None);

        var flood = Enumerable.Range(100, 50).Select(i => Paste($"Random words {Guid.NewGuid():N} zz{i}", Noon, id: i)).ToList();
        await recorder.WriteAsync([.. flood, Paste("Known failure one.", Noon, id: 1)], CancellationToken.None);

        var gaps = await PasteGapsAsync();
        Assert.Equal(3, gaps.Count);
        Assert.Equal(2, gaps.Single(g => g.EventId == 1).Count);

        // A new day has room again.
        _clock.Now = Noon.AddDays(1);
        await recorder.WriteAsync([Paste("Another failure.", Noon.AddDays(1), id: 2)], CancellationToken.None);
        Assert.Equal(4, (await PasteGapsAsync()).Count);
    }

    [Fact]
    public async Task Gaps_not_met_within_the_retention_are_pruned_and_recent_ones_stay()
    {
        var recorder = Recorder(new GapSettings(RetentionDays: 30));
        await recorder.WriteAsync([Paste("Old failure.", Noon.AddDays(-45), id: 1), Paste("Recent failure.", Noon.AddDays(-5), id: 2), Search("old words", Noon.AddDays(-31)), Search("new words", Noon)], CancellationToken.None);

        Assert.Equal(2, await recorder.PruneAsync(CancellationToken.None));

        Assert.Equal([2], (await PasteGapsAsync()).Select(g => g.EventId!.Value));
        Assert.Equal(["new words"], (await SearchGapsAsync()).Select(g => g.Query));
    }

    [Fact]
    public async Task Misses_told_while_recording_is_off_are_not_kept()
    {
        var recorder = Recorder(new GapSettings(Record: false));

        recorder.PasteUnexplained("RelayService", 1, "Relay stopped.");
        recorder.SearchFoundNothing("wombat");

        Assert.Equal(0, recorder.Queued);
    }

    [Fact]
    public async Task Told_misses_are_written_in_the_background()
    {
        var recorder = Recorder();
        using var stop = new CancellationTokenSource();
        var running = recorder.RunAsync(stop.Token);

        recorder.PasteUnexplained("RelayService", 7, "Relay on MAIL07 stopped.");
        recorder.PasteUnexplained("RelayService", 7, "Relay on HUB3 stopped.");
        recorder.SearchFoundNothing("Wombat");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (((await PasteGapsAsync()).Sum(g => g.Count) < 2 || (await SearchGapsAsync()).Count == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(("Relay on %1 stopped.", 2), (await PasteGapsAsync()).Select(g => (g.Message, g.Count)).Single());
        Assert.Equal("wombat", (await SearchGapsAsync()).Single().Query);
    }
}
