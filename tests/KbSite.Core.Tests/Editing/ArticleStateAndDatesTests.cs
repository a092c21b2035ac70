using KbSite.Articles;

namespace KbSite.Editing;

/// <summary>What publishing, retiring and restoring do to an article's state, dates and history.</summary>
public sealed class ArticleStateAndDatesTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 14);
    private readonly TestStore _store = new();
    private readonly StoppedClock _clock = new(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero));
    private readonly ArticleEditor _editor;

    public ArticleStateAndDatesTests() => _editor = new ArticleEditor(_store.Factory, _store.Writer(_clock));

    public void Dispose() => _store.Dispose();

    private static Article Draft() => new() { Number = "Q700001", Title = "MTA stops", Body = "## Symptoms\n\nThe MTA stops.\n", State = ArticleState.Draft };

    private async Task<Article> Current() => (await _editor.LoadAsync("Q700001"))!;

    private async Task<int> EditAsync(string title, string? comment = null)
    {
        var article = await Current();
        article.Title = title;
        return (await _editor.SaveAsync(article, article.Version, "ann", comment)).Version;
    }

    [Fact]
    public async Task The_first_publish_sets_published_and_modified_and_a_draft_edit_sets_neither()
    {
        await _editor.CreateAsync(Draft(), "ann", null);
        await EditAsync("MTA stops in a draft");
        Assert.Equal((null, null), ((await Current()).Published, (await Current()).Modified));

        await _editor.SetStateAsync("Q700001", ArticleState.Published, (await Current()).Version, "ann");

        Assert.Equal((Today, Today), ((await Current()).Published, (await Current()).Modified));
    }

    [Fact]
    public async Task Every_change_to_a_published_article_sets_modified_and_keeps_the_first_published_date()
    {
        await _editor.CreateAsync(Draft(), "ann", null);
        await _editor.SetStateAsync("Q700001", ArticleState.Published, 1, "ann");
        _clock.Now = _clock.Now.AddDays(20);

        await EditAsync("MTA stops after a restore");
        Assert.Equal((Today, Today.AddDays(20)), ((await Current()).Published, (await Current()).Modified));

        _clock.Now = _clock.Now.AddDays(5);
        await _editor.SetStateAsync("Q700001", ArticleState.Retired, (await Current()).Version, "ann");
        Assert.Equal((Today, Today.AddDays(25)), ((await Current()).Published, (await Current()).Modified));
    }

    [Fact]
    public async Task A_date_the_editor_sets_is_kept()
    {
        await _editor.CreateAsync(Draft(), "ann", null);
        await _editor.SetStateAsync("Q700001", ArticleState.Published, 1, "ann");
        var article = await Current();
        article.Modified = new DateOnly(1999, 2, 11);
        article.Title = "MTA stops (as of 1999)";

        await _editor.SaveAsync(article, article.Version, "ann", null);

        Assert.Equal(new DateOnly(1999, 2, 11), (await Current()).Modified);
    }

    [Fact]
    public async Task Publishing_and_retiring_say_so_in_the_history()
    {
        await _editor.CreateAsync(Draft(), "ann", "first draft");
        await _editor.SetStateAsync("Q700001", ArticleState.Published, 1, "ann");
        await _editor.SetStateAsync("Q700001", ArticleState.Retired, 2, "bob");
        await _editor.SetStateAsync("Q700001", ArticleState.Draft, 3, "bob");

        var history = await _editor.HistoryAsync("Q700001");

        Assert.Equal(["taken back to draft", "retired", "published", "first draft"], history.Select(h => h.Comment));
    }

    [Fact]
    public async Task Restoring_a_drafts_revision_keeps_a_published_article_published()
    {
        await _editor.CreateAsync(Draft(), "ann", null);                              // revision 1, a draft
        await _editor.SetStateAsync("Q700001", ArticleState.Published, 1, "ann");   // revision 2
        await EditAsync("MTA stops when the disk is full");                          // revision 3

        var restored = await _editor.RestoreRevisionAsync("Q700001", 1, (await Current()).Version, "ann");

        Assert.True(restored.Saved);
        var now = await Current();
        Assert.Equal(("MTA stops", ArticleState.Published, Today), (now.Title, now.State, now.Published));
        Assert.Equal("restored revision 1", (await _editor.HistoryAsync("Q700001"))[0].Comment);
    }

    [Fact]
    public async Task Restoring_with_a_state_chosen_explicitly_takes_that_state()
    {
        await _editor.CreateAsync(Draft(), "ann", null);
        await _editor.SetStateAsync("Q700001", ArticleState.Published, 1, "ann");
        await EditAsync("MTA stops when the disk is full");

        await _editor.RestoreRevisionAsync("Q700001", 1, (await Current()).Version, "ann", ArticleState.Draft);

        Assert.Equal(("MTA stops", ArticleState.Draft), ((await Current()).Title, (await Current()).State));
    }

    [Fact]
    public async Task An_import_keeps_the_dates_it_brings()
    {
        const string file = "---\nid: Q700001\ntitle: MTA stops\npublished: 1996-08-01\nmodified: 1997-01-02\n---\n## Symptoms\n\nThe MTA stops.\n";

        await _store.Import().ImportFilesAsync([new Content.ContentFile("Q700001.md", System.Text.Encoding.UTF8.GetBytes(file))], "importer");

        Assert.Equal((new DateOnly(1996, 8, 1), new DateOnly(1997, 1, 2)), ((await Current()).Published, (await Current()).Modified));
    }
}
