namespace KbSite.Editing;

public sealed class AuditLogTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private AuditLog Log => new(_store.Factory, TimeProvider.System);

    [Fact]
    public async Task Entries_read_back_newest_first_optionally_about_one_target()
    {
        await Log.WriteAsync("admin", "user-added", "ann@kb.test", "Editor");
        await Log.WriteAsync("admin", "role-set", "bob@kb.test", "Admin");
        await Log.WriteAsync("admin", "user-disabled", "ann@kb.test", "  ");

        var all = await Log.ReadAsync(null, 10);
        var ann = await Log.ReadAsync(" ann@kb.test ", 10);

        Assert.Equal(["user-disabled", "role-set", "user-added"], all.Select(e => e.Action));
        Assert.Equal(["user-disabled", "user-added"], ann.Select(e => e.Action));
        Assert.Equal("", ann[0].Details);
    }

    [Fact]
    public async Task Reading_takes_at_least_one_and_at_most_a_thousand()
    {
        for (var i = 0; i < 3; i++)
        {
            await Log.WriteAsync("admin", "role-set", $"u{i}@kb.test");
        }

        Assert.Single(await Log.ReadAsync(null, 0));
        Assert.Equal(3, (await Log.ReadAsync(null, int.MaxValue)).Count);
    }

    [Fact]
    public async Task Article_writes_appear_in_the_same_log()
    {
        await _store.Writer().CreateAsync(new Articles.Article { Number = "Q5", Title = "Five" }, "ann", "new");

        var entry = Assert.Single(await Log.ReadAsync("Q5", 10));

        Assert.Equal(("ann", "created", "new"), (entry.Who, entry.Action, entry.Details));
    }
}
