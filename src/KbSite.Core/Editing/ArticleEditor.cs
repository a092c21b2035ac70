using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Content;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>
/// What the editor pages need: an article to edit, its history and the diff of two revisions, and the other editor's
/// change when a save comes too late. Writes go through <see cref="ArticleWriter"/>, the one door for every article
/// write; this class turns its outcome into what the editor shows.
/// </summary>
public sealed class ArticleEditor(IDbContextFactory<KbDbContext> dbFactory, ArticleWriter writer)
{
    /// <summary>The article and its version, for an edit form; null when it does not exist or is deleted.</summary>
    public async Task<Article?> LoadAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().Include(a => a.Events.OrderBy(e => e.Order))
            .FirstOrDefaultAsync(a => a.Number == number && a.DeletedUtc == null, cancellationToken);
    }

    public async Task<SaveResult> CreateAsync(Article draft, string user, string? comment, CancellationToken cancellationToken = default) =>
        await ShowAsync(await writer.CreateAsync(draft, user, comment, cancellationToken), cancellationToken);

    /// <summary>Saves an edit made against <paramref name="expectedVersion"/>.</summary>
    public async Task<SaveResult> SaveAsync(Article edited, int expectedVersion, string user, string? comment, CancellationToken cancellationToken = default) =>
        await ShowAsync(await writer.ChangeAsync(edited, expectedVersion, user, "saved", comment, cancellationToken), cancellationToken);

    /// <summary>Draft → Published → Retired (or back): a save of its own, with a revision.</summary>
    public async Task<SaveResult> SetStateAsync(string number, ArticleState state, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        await ShowAsync(await writer.SetStateAsync(number, state, expectedVersion, user, cancellationToken), cancellationToken);

    /// <summary>
    /// Brings back the content of an older revision as a new revision (history is never rewritten). The article keeps
    /// its current state and dates unless <paramref name="state"/> asks for another state: restoring a draft's text
    /// never takes a live article offline by itself.
    /// </summary>
    public async Task<SaveResult> RestoreRevisionAsync(string number, int revision, int expectedVersion, string user, ArticleState? state = null, CancellationToken cancellationToken = default)
    {
        if (await LoadAsync(number, cancellationToken) is not { } current)
        {
            return SaveResult.Refused(number, $"There is no article {number} (it may have been deleted).");
        }

        string? content;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            content = await RevisionsOf(db, number).Where(r => r.Number == revision).Select(r => r.Content).FirstOrDefaultAsync(cancellationToken);
        }

        if (content is null)
        {
            return SaveResult.Refused(number, $"Article {number} has no revision {revision}.");
        }

        var old = MarkdownArticleReader.Read(content);
        old.State = state ?? current.State;
        old.Published = current.Published;
        old.Modified = current.Modified;
        return await ShowAsync(await writer.ChangeAsync(old, expectedVersion, user, "restored-revision", $"restored revision {revision}", cancellationToken), cancellationToken);
    }

    /// <summary>Soft delete of the version the editor saw: gone for readers, search and matching; an admin can restore it.</summary>
    public async Task<SaveResult> DeleteAsync(string number, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        await ShowAsync(await writer.DeleteAsync(number, user, expectedVersion, cancellationToken), cancellationToken);

    /// <summary>Brings back a deleted article, as the version the admin saw in the list.</summary>
    public async Task<SaveResult> RestoreDeletedAsync(string number, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        await ShowAsync(await writer.RestoreDeletedAsync(number, user, expectedVersion, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<RevisionInfo>> HistoryAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RevisionsOf(db, number)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionInfo(r.Number, r.SavedUtc, r.SavedBy, r.Comment))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The line diff from one revision to another; null when either does not exist.</summary>
    public async Task<IReadOnlyList<DiffLine>?> DiffAsync(string number, int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var texts = await RevisionsOf(db, number)
            .Where(r => r.Number == from || r.Number == to)
            .ToDictionaryAsync(r => r.Number, r => r.Content, cancellationToken);
        return texts.TryGetValue(from, out var before) && texts.TryGetValue(to, out var after) ? RevisionDiff.Lines(before, after) : null;
    }

    /// <summary>The revisions of the article with this number (revisions hang off the article's row id).</summary>
    private static IQueryable<ArticleRevision> RevisionsOf(KbDbContext db, string number) =>
        db.Revisions().AsNoTracking().Join(db.Articles.Where(a => a.Number == number), r => r.ArticleId, a => a.Id, (r, _) => r);

    private async Task<SaveResult> ShowAsync(WriteResult result, CancellationToken cancellationToken) => result switch
    {
        // "Already deleted" is unchanged with a reason: shown, not taken for a save.
        { Status: WriteStatus.Saved } or { Status: WriteStatus.Unchanged, Message: null } => new SaveResult(true, result.Number, result.Version, [], null),
        { Status: WriteStatus.Conflict, Attempted: { } attempted } => await ConflictAsync(result.Number, attempted, cancellationToken),
        _ => SaveResult.Refused(result.Number, result.Message ?? "The article was not saved."),
    };

    private async Task<SaveResult> ConflictAsync(string number, Article attempted, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Articles.AsNoTracking().Include(a => a.Events.OrderBy(e => e.Order)).FirstAsync(a => a.Number == number, cancellationToken);
        var last = await db.Revisions().AsNoTracking().Where(r => r.ArticleId == current.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        var diff = RevisionDiff.Lines(ArticleMarkdownWriter.Write(attempted), ArticleMarkdownWriter.Write(current));
        return new SaveResult(false, number, current.Version,
            [$"{last?.SavedBy ?? "Someone"} saved this article at {last?.SavedUtc:u} while you were editing. Your text is still in the form; merge their change below and save again."],
            new SaveConflict(current, last?.SavedBy ?? "", last?.SavedUtc ?? current.UpdatedUtc, diff));
    }
}
