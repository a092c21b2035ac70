using System.Data.Common;
using System.Text;
using KbSite.Articles;
using KbSite.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KbSite.Editing;

public sealed class ArticleWriterTests : IDisposable
{
    private const string BodyWithEvent = "## Symptoms\n\n```text\nMSExchangeIS Event ID 1081\nUnable to recover the database.\n```\n\n## Status\n\nThis behavior is by design.\n";

    private readonly TestStore _store = new();
    private readonly Recorder _listener = new();

    public void Dispose() => _store.Dispose();

    private ArticleWriter Writer => _store.Writer(_listener);

    private static Article Draft(string number = "Q700100", string title = "Store will not mount", string body = "## Symptoms\n\nIt will not mount.\n") =>
        new() { Number = number, Title = title, Product = "Microsoft Exchange", Body = body, State = ArticleState.Published };

    private async Task<Article> StoredAsync(string number)
    {
        await using var db = await _store.Factory.CreateDbContextAsync();
        return await db.Articles.AsNoTracking().Include(a => a.Events).SingleAsync(a => a.Number == number);
    }

    [Fact]
    public async Task Every_write_appends_to_the_change_feed_in_order_and_a_refused_one_appends_nothing()
    {
        var created = await Writer.CreateAsync(Draft(), "ann", null);
        var changed = Draft(title: "Store will not mount after a restore");
        var saved = await Writer.ChangeAsync(changed, created.Version, "ann", "saved", null);
        var stale = await Writer.ChangeAsync(Draft(title: "A stale edit"), created.Version, "bob", "saved", null);
        var retired = await Writer.SetStateAsync("Q700100", ArticleState.Retired, saved.Version, "ann");
        await Writer.DeleteAsync("Q700100", "ann", retired.Version);
        await Writer.RestoreDeletedAsync("Q700100", "ann");
        var file = new ContentFile("c.md", Encoding.UTF8.GetBytes("---\nid: Q700103\ntitle: Imported\n---\nText.\n"));
        await new ArticleImport(Writer).ImportFilesAsync([file], "bob");

        Assert.Equal(WriteStatus.Conflict, stale.Status);
        await using var db = await _store.Factory.CreateDbContextAsync();
        var feed = await db.Changes.OrderBy(c => c.Sequence).ToListAsync();
        Assert.Equal(
            [("Q700100", "created"), ("Q700100", "saved"), ("Q700100", "retired"), ("Q700100", "deleted"), ("Q700100", "restored"), ("Q700103", "imported")],
            feed.Select(c => (c.Number, c.Kind)));
        Assert.Equal(feed.Select(c => c.Sequence).Order(), feed.Select(c => c.Sequence));
        Assert.Equal(feed.Count, feed.Select(c => c.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task An_editor_save_and_an_import_derive_the_same_fields_from_the_same_body()
    {
        await Writer.CreateAsync(Draft("Q700101", body: BodyWithEvent), "ann", null);
        var file = new ContentFile("b.md", Encoding.UTF8.GetBytes($"---\nid: Q700102\ntitle: Store will not mount\nproduct: Microsoft Exchange\n---\n{BodyWithEvent}"));
        await new ArticleImport(Writer).ImportFilesAsync([file], "bob");

        var saved = await StoredAsync("Q700101");
        var imported = await StoredAsync("Q700102");

        Assert.Equal("This behavior is by design.", saved.StatusText);
        Assert.Equal(saved.StatusText, imported.StatusText);
        var signature = Assert.Single(saved.Events);
        Assert.Equal(("MSExchangeIS", 1081, "Unable to recover the database."), (signature.Source, signature.EventId, signature.Message));
        Assert.Equal(saved.Events.Select(e => (e.Source, e.EventId, e.Message)), imported.Events.Select(e => (e.Source, e.EventId, e.Message)));
    }

    [Fact]
    public async Task Every_write_bumps_the_version_once_and_tells_the_listeners_once()
    {
        var created = await Writer.CreateAsync(Draft(), "ann", "first");
        var edited = Draft(title: "Store will not mount after a restore");
        var changed = await Writer.ChangeAsync(edited, created.Version, "bob", "saved", "clearer");
        var retired = await Writer.SetStateAsync("Q700100", ArticleState.Retired, changed.Version, "bob");
        var deleted = await Writer.DeleteAsync("Q700100", "admin");

        Assert.Equal([1, 2, 3, 4], new[] { created, changed, retired, deleted }.Select(r => r.Version));
        Assert.Equal([["Q700100"], ["Q700100"], ["Q700100"], ["Q700100"]], _listener.Calls);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(["created", "saved", "retired", "deleted"], await db.Audit().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["first", "clearer", "retired"], await db.Revisions().OrderBy(r => r.Number).Select(r => r.Comment).ToListAsync());
    }

    [Fact]
    public async Task A_change_that_changes_nothing_writes_nothing()
    {
        var created = await Writer.CreateAsync(Draft(), "ann", null);

        var again = await Writer.ChangeAsync(Draft(), created.Version, "bob", "saved", null);

        Assert.Equal(WriteStatus.Unchanged, again.Status);
        Assert.Equal(created.Version, again.Version);
        Assert.Single(_listener.Calls);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Revisions().CountAsync());
    }

    [Fact]
    public async Task The_same_number_created_at_the_same_moment_is_a_conflict_not_an_exception()
    {
        // After the writer found the number free, before its transaction begins, another request creates it.
        var rival = new BeforeFirstTransaction(async () =>
        {
            var other = await _store.Writer().CreateAsync(Draft(title: "The other editor's article"), "bob", null);
            Assert.Equal(WriteStatus.Saved, other.Status);
        });
        var writer = new ArticleWriter(_store.FactoryWith(rival), TimeProvider.System, [_listener]);

        var result = await writer.CreateAsync(Draft(), "ann", null);

        Assert.Equal(WriteStatus.Conflict, result.Status);
        Assert.Contains("created by someone else", result.Message, StringComparison.Ordinal);
        Assert.Equal("The other editor's article", (await StoredAsync("Q700100")).Title);
        Assert.Empty(_listener.Calls);
    }

    [Fact]
    public async Task An_import_batch_that_collides_with_another_writer_is_read_again_and_applied_whole()
    {
        var rival = new BeforeFirstTransaction(() => _store.Writer().CreateAsync(Draft("Q700201", "Created meanwhile"), "bob", null));
        var writer = new ArticleWriter(_store.FactoryWith(rival), TimeProvider.System, [_listener]);
        var batch = new[] { Draft("Q700200", "First"), Draft("Q700201", "Second") }.Select(a => new ImportedArticle(a.Number + ".md", a, [])).ToList();

        var report = await writer.ImportAsync(batch, "ann", dryRun: false);

        Assert.Empty(report.Problems);
        Assert.Equal(["Q700200"], report.Created);
        Assert.Equal(["Q700201"], report.Updated);
        Assert.Equal("Second", (await StoredAsync("Q700201")).Title);
        Assert.Equal(["Q700200", "Q700201"], Assert.Single(_listener.Calls));
    }

    [Fact]
    public async Task An_article_that_breaks_a_rule_is_refused_by_every_door()
    {
        var tooLong = Draft(title: new string('x', ArticleRules.MaxTitleLength + 1));

        var created = await Writer.CreateAsync(tooLong, "ann", null);
        var imported = await Writer.ImportAsync([new ImportedArticle("long.md", tooLong, [])], "ann", dryRun: false);

        Assert.Equal(WriteStatus.Refused, created.Status);
        Assert.Contains("at most 400", created.Message, StringComparison.Ordinal);
        Assert.Equal(("long.md", created.Message), (Assert.Single(imported.Problems).File, imported.Problems[0].Message));
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.False(await db.Articles.AnyAsync());
    }

    [Fact]
    public async Task Deleting_twice_or_what_does_not_exist_says_so()
    {
        await Writer.CreateAsync(Draft(), "ann", null);

        Assert.Equal(WriteStatus.Saved, (await Writer.DeleteAsync("Q700100", "admin")).Status);
        Assert.Equal(WriteStatus.Unchanged, (await Writer.DeleteAsync("Q700100", "admin")).Status);
        Assert.Equal(WriteStatus.NotFound, (await Writer.DeleteAsync("Q123", "admin")).Status);
        Assert.Equal(WriteStatus.NotFound, (await Writer.SetStateAsync("Q700100", ArticleState.Draft, 2, "ann")).Status);
    }

    [Fact]
    public async Task A_save_while_another_process_holds_the_store_says_so_and_a_later_save_works()
    {
        var created = await Writer.CreateAsync(Draft(), "ann", null);
        var busyWriter = new ArticleWriter(_store.FactoryWith(busyTimeoutSeconds: 1), TimeProvider.System, [_listener]);
        var edited = Draft(title: "Store will not mount after a power cut");
        WriteResult refused;
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_store.Directory.Combine("kb.db")};Pooling=False"))
        {
            await other.OpenAsync();
            await using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE; UPDATE Articles SET Title = Title;";
            await hold.ExecuteNonQueryAsync();

            refused = await busyWriter.ChangeAsync(edited, created.Version, "bob", "saved", null);
            var createRefused = await busyWriter.CreateAsync(Draft("Q700101"), "bob", null);
            var deleteRefused = await busyWriter.DeleteAsync("Q700100", "bob");

            Assert.Equal(WriteStatus.Unavailable, createRefused.Status);
            Assert.Equal(WriteStatus.Unavailable, deleteRefused.Status);
        }

        Assert.Equal(WriteStatus.Unavailable, refused.Status);
        Assert.Contains("save again", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Store will not mount", (await StoredAsync("Q700100")).Title);
        var again = await busyWriter.ChangeAsync(edited, created.Version, "bob", "saved", null);
        Assert.Equal(WriteStatus.Saved, again.Status);
        Assert.Equal("Store will not mount after a power cut", (await StoredAsync("Q700100")).Title);
    }

    [Fact]
    public async Task An_import_batch_against_a_held_store_is_reported_not_thrown()
    {
        var busyWriter = new ArticleWriter(_store.FactoryWith(busyTimeoutSeconds: 1), TimeProvider.System, [_listener]);
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_store.Directory.Combine("kb.db")};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE; UPDATE Articles SET Title = Title;";
        await hold.ExecuteNonQueryAsync();

        var report = await busyWriter.ImportAsync([new ImportedArticle("a.md", Draft("Q700300"), [])], "ann", dryRun: false);

        Assert.Empty(report.Created);
        Assert.Contains("nothing of that batch was written", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    /// <summary>Remembers which numbers each commit announced.</summary>
    private sealed class Recorder : IArticleChangeListener
    {
        public List<List<string>> Calls { get; } = [];

        public Task ArticlesChangedAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
        {
            Calls.Add([.. numbers]);
            return Task.CompletedTask;
        }
    }

    /// <summary>Runs an action once, just before the first transaction begins (the rival's own transaction comes after).</summary>
    private sealed class BeforeFirstTransaction(Func<Task> action) : DbTransactionInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await action();
            }

            return result;
        }
    }
}
