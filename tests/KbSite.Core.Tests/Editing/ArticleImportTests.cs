using KbSite.Content;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

public sealed class ArticleImportTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly TempDirectory _content = new();

    public void Dispose()
    {
        _store.Dispose();
        _content.Dispose();
    }

    private ArticleImport Importer => _store.Import();

    private static string Md(string id, string title, string extra = "") => $"---\nid: {id}\ntitle: {title}\n{extra}---\nBody of {id}.\n";

    [Fact]
    public async Task A_folder_of_both_formats_in_any_case_is_imported()
    {
        _content.Write("a.md", Md("Q1", "First"));
        _content.Write("sub/B.MD", Md("Q2", "Second"));
        File.Copy(Fixture.PathOf("Q152877.multiline.TXT"), _content.Combine("sub", "Q152877.TXT"));
        _content.Write("notes.json", "{}");

        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Empty(report.Problems);
        Assert.Equal(["Q1", "Q152877", "Q2"], report.Created.Order(StringComparer.Ordinal));
        await using var db = await _store.Factory.CreateDbContextAsync();
        var seed = await db.Articles.Include(a => a.Events).SingleAsync(a => a.Number == "Q152877");
        Assert.Equal([1004, 1008, 1277, 1198], seed.Events.OrderBy(e => e.Order).Select(e => e.EventId));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_named_with_its_reason_and_the_others_are_imported()
    {
        _content.Write("good.md", Md("Q10", "Good"));
        _content.Write("broken.md", "---\nid: Q11\ntitle: [unclosed\n---\nBody\n");
        File.WriteAllBytes(_content.Combine("binary.md"), [0x00, 0x01, 0x02]);
        _content.Write("empty.md", "   ");

        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Equal(["Q10"], report.Created);
        Assert.Equal(3, report.Problems.Count);
        Assert.Contains(report.Problems, p => p.File == "broken.md" && p.Message.Contains("not valid YAML near line 4", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.File == "binary.md" && p.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.File == "empty.md" && p.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Refused, report.Files.Single(f => f.File == "broken.md").Outcome);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(["Q10"], await db.Articles.Select(a => a.Number).ToListAsync());
    }

    [Fact]
    public async Task A_bad_part_is_dropped_with_a_note_and_the_rest_of_the_article_imported()
    {
        _content.Write("bad-event.md", Md("Q11", "Bad event", "events:\n  - {source: S, id: 99999, message: m}\n  - {source: S, id: 5, message: fine}\n"));
        _content.Write("no-title.txt", "DOCUMENT:Q12 01-JAN-1999\n\nSYMPTOMS\n========\n\nIt stops.\n");

        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Equal(["Q11", "Q12"], report.Created);
        Assert.Empty(report.Problems);
        Assert.Contains(report.Files.Single(f => f.Number == "Q11").Notes, n => n.Contains("65535", StringComparison.Ordinal));
        Assert.Contains(report.Files.Single(f => f.Number == "Q12").Notes, n => n.Contains("made from the file name", StringComparison.Ordinal));
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal([5], await db.EventSignatures.Select(e => e.EventId).ToListAsync());
        Assert.Equal("No title", await db.Articles.Where(a => a.Number == "Q12").Select(a => a.Title).SingleAsync());
    }

    [Fact]
    public async Task Importing_again_updates_by_id_and_leaves_unchanged_articles_alone()
    {
        _content.Write("one.md", Md("Q20", "Old title", "events:\n  - {source: S, id: 1, message: old}\n"));
        _content.Write("two.md", Md("Q21", "Stays"));
        await Importer.ImportFolderAsync(_content.Path, "test");

        _content.Write("one.md", Md("Q20", "New title", "events:\n  - {source: S, id: 2, message: new}\n  - {source: S, id: 3, message: newer}\n"));
        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Equal(["Q20"], report.Updated);
        Assert.Equal(["Q21"], report.Unchanged);
        Assert.Empty(report.Created);
        await using var db = await _store.Factory.CreateDbContextAsync();
        var one = await db.Articles.Include(a => a.Events).SingleAsync(a => a.Number == "Q20");
        Assert.Equal("New title", one.Title);
        Assert.Equal([2, 3], one.Events.OrderBy(e => e.Order).Select(e => e.EventId));
        Assert.Equal(2, await db.EventSignatures.CountAsync());
    }

    [Fact]
    public async Task Imports_make_revisions_and_audit_entries_like_saves()
    {
        _content.Write("one.md", Md("Q50", "First"));
        await Importer.ImportFolderAsync(_content.Path, "ann");
        _content.Write("one.md", Md("Q50", "Second"));
        await Importer.ImportFolderAsync(_content.Path, "bob");
        await Importer.ImportFolderAsync(_content.Path, "carl"); // unchanged: no revision

        await using var db = await _store.Factory.CreateDbContextAsync();
        var revisions = await db.Revisions().OrderBy(r => r.Number).Select(r => new { r.Number, r.SavedBy }).ToListAsync();
        Assert.Equal([(1, "ann"), (2, "bob")], revisions.Select(r => (r.Number, r.SavedBy)));
        Assert.Equal(["created", "updated"], await db.Audit().OrderBy(a => a.Id).Select(a => a.Details).ToListAsync());
    }

    [Fact]
    public async Task The_same_id_in_two_files_imports_the_first_and_names_the_second()
    {
        _content.Write("a.md", Md("Q30", "From a"));
        _content.Write("b.md", Md("KB30", "From b"));

        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Equal(["Q30"], report.Created);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("b.md", problem.File);
        Assert.Contains("a.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_reported_not_thrown()
    {
        var report = await Importer.ImportFolderAsync(_content.Combine("nope"), "test");

        Assert.Contains("does not exist", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_shipped_content_file_imports_cleanly()
    {
        var report = await Importer.ImportFolderAsync(Fixture.ShippedContentDir, "test");

        Assert.Empty(report.Problems);
        Assert.True(report.Created.Count >= 16, $"content/ holds {report.Created.Count} articles");
        Assert.Contains("Q152877", report.Created);
    }

    [Fact]
    public async Task Shipped_Q152877_keeps_every_fact_of_the_classic_seed()
    {
        await Importer.ImportFolderAsync(Fixture.ShippedContentDir, "test");
        var seed = ClassicKbReader.Read(Fixture.Text("Q152877.flat.txt"));
        await using var db = await _store.Factory.CreateDbContextAsync();

        var shipped = await db.Articles.Include(a => a.Events).SingleAsync(a => a.Number == "Q152877");

        Assert.Equal(seed.Title, shipped.Title);
        Assert.Equal(seed.Product, shipped.Product);
        Assert.Equal(seed.Versions, shipped.Versions);
        Assert.Equal(seed.Platform, shipped.Platform);
        Assert.Equal(seed.Published, shipped.Published);
        Assert.Equal(seed.Keywords, shipped.Keywords);
        Assert.Equal(seed.Technology, shipped.Technology);
        Assert.Equal(seed.QueryWords, shipped.QueryWords);
        Assert.Equal(seed.AppliesTo, shipped.AppliesTo);
        Assert.Equal(seed.StatusKind, shipped.StatusKind);
        Assert.Equal(seed.FixedIn, shipped.FixedIn);
        Assert.Equal(seed.StatusText, shipped.StatusText);
        Assert.Equal(seed.Copyright, shipped.Copyright);
        Assert.Equal(seed.Disclaimer, shipped.Disclaimer);
        Assert.Equal(
            seed.Events.Select(e => (e.Source, e.EventId, e.Message)),
            shipped.Events.OrderBy(e => e.Order).Select(e => (e.Source, e.EventId, e.Message)));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_writes_nothing()
    {
        _content.Write("one.md", Md("Q60", "First"));
        await Importer.ImportFolderAsync(_content.Path, "ann");
        _content.Write("one.md", Md("Q60", "Changed"));
        _content.Write("two.md", Md("Q61", "New"));

        var report = await Importer.ImportFolderAsync(_content.Path, "bob", dryRun: true);

        Assert.Equal(["Q61"], report.Created);
        Assert.Equal(["Q60"], report.Updated);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(["Q60"], await db.Articles.Select(a => a.Number).ToListAsync());
        Assert.Equal("First", (await db.Articles.SingleAsync()).Title);
        Assert.Equal(1, await db.Revisions().CountAsync());
    }

    [Fact]
    public async Task Uploaded_files_are_imported_like_a_folder()
    {
        var files = new[] { new ContentFile("a.md", System.Text.Encoding.UTF8.GetBytes(Md("Q70", "Uploaded"))) };

        var report = await Importer.ImportFilesAsync(files, "ann");

        Assert.Equal(["Q70"], report.Created);
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal("ann", await db.Revisions().Select(r => r.SavedBy).SingleAsync());
    }

    [Fact]
    public async Task Concurrent_imports_of_the_same_numbers_account_for_every_article_and_never_throw()
    {
        var files = Enumerable.Range(1, 600).Select(i => new ContentFile($"a{i}.md", System.Text.Encoding.UTF8.GetBytes(Md($"Q{90000 + i}", $"Article {i}")))).ToList();

        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _store.Import().ImportFilesAsync(files, "uploader"))));

        foreach (var report in reports)
        {
            var accounted = report.Created.Concat(report.Updated).Concat(report.Unchanged).Concat(report.Problems.Select(p => p.File)).Count();
            Assert.Equal(600, accounted);
        }

        Assert.Equal(600, reports.Sum(r => r.Created.Count));
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(600, await db.Articles.CountAsync());
        Assert.Equal(600, await db.Revisions().CountAsync());
    }

    private void CopyStyleFixtures()
    {
        foreach (var file in Directory.GetFiles(Fixture.PathOf("Import")))
        {
            File.Copy(file, _content.Combine(Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task A_folder_in_every_style_imports_with_no_refusal_and_numbers_what_has_none()
    {
        CopyStyleFixtures();

        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Empty(report.Problems);
        Assert.Equal(9, report.Created.Count);
        var assigned = report.Assigned.OrderBy(f => f.File, StringComparer.Ordinal).ToList();
        Assert.Equal(["bookstack.md", "hugo-toml.md", "jekyll.md", "raneto-comment.md", "raneto.md", "status-sentence.md", "wikijs.md"], assigned.Select(f => f.File));
        Assert.Equal(Enumerable.Range(9_000_001, 7).Select(n => $"Q{n}"), report.Assigned.Select(f => f.Number).Order(StringComparer.Ordinal));
        Assert.Contains(report.Files.Single(f => f.File == "docs-site.md").Notes, n => n.StartsWith("kept 4 other keys", StringComparison.Ordinal));
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Equal(10, await db.EventSignatures.CountAsync());
        Assert.Equal("jekyll.md", await db.Articles.Where(a => a.Title.StartsWith("Service Control Manager")).Select(a => a.Origin).SingleAsync());
    }

    [Fact]
    public async Task The_same_files_imported_again_change_nothing_and_keep_their_assigned_numbers()
    {
        CopyStyleFixtures();
        var first = await Importer.ImportFolderAsync(_content.Path, "test");

        var again = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Equal(9, again.Unchanged.Count);
        Assert.Empty(again.Assigned);
        Assert.Equal(first.Files.Select(f => (f.File, f.Number)), again.Files.Select(f => (f.File, f.Number)));
    }

    [Fact]
    public async Task Import_then_export_then_import_changes_nothing_other_keys_included()
    {
        CopyStyleFixtures();
        await Importer.ImportFolderAsync(_content.Path, "test");
        using var exported = new TempDirectory();
        await using (var db = await _store.Factory.CreateDbContextAsync())
        {
            foreach (var a in await db.Articles.AsNoTracking().Include(a => a.Events).ToListAsync())
            {
                exported.Write(a.Number + ".md", ArticleMarkdownWriter.Write(a));
            }
        }

        var report = await Importer.ImportFolderAsync(exported.Path, "test");

        Assert.Empty(report.Problems);
        Assert.Equal(9, report.Unchanged.Count);
        Assert.Empty(report.Assigned);
        var docs = File.ReadAllText(exported.Combine("Q2000123.md"));
        Assert.Contains("ms.topic: troubleshooting\nms.custom: sap:Mailbox management, CSSTroubleshoot\n", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("events:", docs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_are_assigned_from_the_configured_range_past_the_highest_in_use_and_refused_when_it_is_full()
    {
        _content.Write("taken.md", Md("Q3002", "Already in the range"));
        _content.Write("x1.md", "# One\n");
        _content.Write("x2.md", "# Two\n");
        var import = new ArticleImport(_store.Writer(), new ImportNumbering(3000, 3003));

        var report = await import.ImportFolderAsync(_content.Path, "test");

        Assert.Equal([("taken.md", "Q3002", false), ("x1.md", "Q3003", true)], report.Files.Where(f => f.Outcome == ImportOutcome.Created).Select(f => (f.File, f.Number, f.NumberAssigned)));
        Assert.Contains(report.Problems, p => p.File == "x2.md" && p.Message.Contains("3000-3003 kept for imports are all in use", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dry_run_reports_the_numbers_it_would_assign_and_writes_nothing()
    {
        _content.Write("x.md", "# No number\n");

        var report = await Importer.ImportFolderAsync(_content.Path, "test", dryRun: true);

        Assert.Equal(("Q9000001", true, ImportOutcome.Created), (report.Files[0].Number, report.Files[0].NumberAssigned, report.Files[0].Outcome));
        await using var db = await _store.Factory.CreateDbContextAsync();
        Assert.Empty(await db.Articles.ToListAsync());
    }

    [Fact]
    public async Task A_file_that_names_the_number_another_file_was_given_is_refused_not_merged()
    {
        _content.Write("x.md", "# Numbered by the import\n");
        await Importer.ImportFolderAsync(_content.Path, "test");
        _content.Write("y.md", Md("Q9000001", "Claims the same number"));

        var report = await Importer.ImportFolderAsync(_content.Path, "test");

        Assert.Equal(["Q9000001"], report.Unchanged);
        Assert.Contains(report.Problems, p => p.File == "y.md" && p.Message.Contains("also in x.md", StringComparison.Ordinal));
    }
}
