using KbSite.Articles;
using KbSite.Editing;
using KbSite.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Editing;

public sealed class ArticleEditorTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly SearchIndex _index = new(path: null);
    private readonly ArticleEditor _editor;

    public ArticleEditorTests()
    {
        var sync = new SearchIndexSync(_index, _store.Factory, NullLogger<SearchIndexSync>.Instance);
        _editor = new ArticleEditor(_store.Factory, _store.Writer(sync));
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }

    private static Article Draft(string title = "MTA stops", string body = "## Symptoms\n\nThe MTA stops.\n") => new()
    {
        Number = "Q700001",
        Title = title,
        Product = "Microsoft Exchange",
        Body = body,
        State = ArticleState.Published,
        Events = [new EventSignature { Source = "MSExchangeMTA", EventId = 9411, Level = "Error", Message = "The MTA stopped." }],
    };

    private List<string> Search(string q) => new ArticleSearcher(_index).Search(new SearchRequest(q)).Hits.Select(h => h.Id).ToList();

    [Fact]
    public async Task Every_save_makes_a_revision_with_who_when_and_comment()
    {
        var created = await _editor.CreateAsync(Draft(), "ann@kb.test", "first draft");
        var article = (await _editor.LoadAsync("Q700001"))!;
        article.Title = "MTA stops after a restore";

        var saved = await _editor.SaveAsync(article, created.Version, "bob@kb.test", "clearer title");

        Assert.True(saved.Saved);
        Assert.Equal(created.Version + 1, saved.Version);
        var history = await _editor.HistoryAsync("Q700001");
        Assert.Equal([(2, "bob@kb.test", "clearer title"), (1, "ann@kb.test", "first draft")], history.Select(h => (h.Number, h.SavedBy, h.Comment)));
    }

    [Fact]
    public async Task The_diff_of_two_revisions_shows_field_and_body_changes()
    {
        var created = await _editor.CreateAsync(Draft(), "ann", null);
        var article = (await _editor.LoadAsync("Q700001"))!;
        article.Title = "MTA stops after a restore";
        article.Body = "## Symptoms\n\nThe MTA stops after a restore.\n";
        await _editor.SaveAsync(article, created.Version, "bob", null);

        var diff = (await _editor.DiffAsync("Q700001", 1, 2))!;

        Assert.Contains(new DiffLine(DiffKind.Removed, "title: \"MTA stops\""), diff);
        Assert.Contains(new DiffLine(DiffKind.Added, "title: \"MTA stops after a restore\""), diff);
        Assert.Contains(new DiffLine(DiffKind.Added, "The MTA stops after a restore."), diff);
        Assert.Contains(new DiffLine(DiffKind.Unchanged, "## Symptoms"), diff);
    }

    [Fact]
    public async Task Restoring_a_revision_brings_its_content_back_as_a_new_revision()
    {
        var created = await _editor.CreateAsync(Draft(), "ann", null);
        var article = (await _editor.LoadAsync("Q700001"))!;
        article.Title = "Wrong title";
        article.Events.Clear();
        var saved = await _editor.SaveAsync(article, created.Version, "bob", null);

        var restored = await _editor.RestoreRevisionAsync("Q700001", 1, saved.Version, "ann");

        Assert.True(restored.Saved);
        var now = (await _editor.LoadAsync("Q700001"))!;
        Assert.Equal("MTA stops", now.Title);
        Assert.Equal([9411], now.Events.Select(e => e.EventId));
        Assert.Equal([3, 2, 1], (await _editor.HistoryAsync("Q700001")).Select(h => h.Number));
    }

    [Fact]
    public async Task A_save_against_an_older_version_is_refused_with_the_other_change_shown()
    {
        var created = await _editor.CreateAsync(Draft(), "ann", null);
        var first = (await _editor.LoadAsync("Q700001"))!;
        var second = (await _editor.LoadAsync("Q700001"))!;
        first.Title = "Ann's title";
        Assert.True((await _editor.SaveAsync(first, created.Version, "ann", null)).Saved);

        second.Body = "## Symptoms\n\nBob's text.\n";
        var refused = await _editor.SaveAsync(second, created.Version, "bob", null);

        Assert.False(refused.Saved);
        var conflict = Assert.IsType<SaveConflict>(refused.Conflict);
        Assert.Equal("ann", conflict.SavedBy);
        Assert.Equal("Ann's title", conflict.Current.Title);
        Assert.Contains(new DiffLine(DiffKind.Added, "title: \"Ann's title\""), conflict.Diff);
        Assert.Contains(new DiffLine(DiffKind.Removed, "Bob's text."), conflict.Diff);
        Assert.Contains("while you were editing", Assert.Single(refused.Errors), StringComparison.Ordinal);
        Assert.Equal("Ann's title", (await _editor.LoadAsync("Q700001"))!.Title);
        Assert.Equal("## Symptoms\n\nThe MTA stops.\n", (await _editor.LoadAsync("Q700001"))!.Body);

        // Against the current version, Bob's text saves.
        Assert.True((await _editor.SaveAsync(second, refused.Version, "bob", "merged")).Saved);
    }

    [Fact]
    public async Task A_save_is_searchable_at_once_and_drafts_leave_the_index()
    {
        var created = await _editor.CreateAsync(Draft(title: "Quuxfrobber stops"), "ann", null);
        Assert.Equal(["Q700001"], Search("quuxfrobber"));

        var toDraft = await _editor.SetStateAsync("Q700001", ArticleState.Draft, created.Version, "ann");

        Assert.True(toDraft.Saved);
        Assert.Empty(Search("quuxfrobber"));
        Assert.True((await _editor.SetStateAsync("Q700001", ArticleState.Published, toDraft.Version, "ann")).Saved);
        Assert.Equal(["Q700001"], Search("quuxfrobber"));
        Assert.Equal([9411], (await _editor.LoadAsync("Q700001"))!.Events.Select(e => e.EventId));
    }

    [Fact]
    public async Task Delete_is_soft_and_an_admin_can_restore()
    {
        var created = await _editor.CreateAsync(Draft(title: "Quuxfrobber stops"), "ann", null);

        var deleted = await _editor.DeleteAsync("Q700001", created.Version, "admin");
        Assert.True(deleted.Saved);
        Assert.Null(await _editor.LoadAsync("Q700001"));
        Assert.Null(await new ArticleQueries(_store.Factory).FindPublicAsync("Q700001"));
        Assert.Empty(Search("quuxfrobber"));

        Assert.False((await _editor.RestoreDeletedAsync("Q700001", created.Version, "admin")).Saved); // an older version than the deleted one
        Assert.True((await _editor.RestoreDeletedAsync("Q700001", deleted.Version, "admin")).Saved);
        Assert.NotNull(await new ArticleQueries(_store.Factory).FindPublicAsync("Q700001"));
        Assert.Equal(["Q700001"], Search("quuxfrobber"));
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(["created", "deleted", "restored"], await db.Audit().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Invalid_edits_are_refused_and_nothing_is_written()
    {
        var created = await _editor.CreateAsync(Draft(), "ann", null);
        var article = (await _editor.LoadAsync("Q700001"))!;
        article.Title = " ";
        article.Events.Add(new EventSignature { Source = "X", EventId = 70000, Message = "m" });

        var refused = await _editor.SaveAsync(article, created.Version, "ann", null);

        Assert.False(refused.Saved);
        Assert.Contains("title", Assert.Single(refused.Errors), StringComparison.Ordinal);
        Assert.Equal("MTA stops", (await _editor.LoadAsync("Q700001"))!.Title);
        Assert.Single(await _editor.HistoryAsync("Q700001"));
    }

    [Fact]
    public async Task A_number_that_exists_cannot_be_created_again()
    {
        await _editor.CreateAsync(Draft(), "ann", null);

        var again = await _editor.CreateAsync(Draft(), "bob", null);

        Assert.False(again.Saved);
        Assert.Contains("already exists", Assert.Single(again.Errors), StringComparison.Ordinal);
    }
}
