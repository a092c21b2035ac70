using KbSite.Articles;
using KbSite.Content;
using KbSite.Store;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>
/// Every change editors make to articles: create, save, publish, retire, delete (soft) and restore, revisions and
/// their diffs. Each save is one transaction (article, revision, audit entry) guarded by the article's version, so a
/// save made against an older version is refused with the other editor's change shown, never silently overwritten.
/// After the store write, the listeners (the search index) are told; if they fail, the write stands.
/// </summary>
public sealed class ArticleEditor(IDbContextFactory<KbDbContext> dbFactory, TimeProvider clock, IEnumerable<IArticleChangeListener> listeners)
{
    /// <summary>The article and its version, for an edit form; null when it does not exist or is deleted.</summary>
    public async Task<Article?> LoadAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().Include(a => a.Events.OrderBy(e => e.Order))
            .FirstOrDefaultAsync(a => a.Number == number && a.DeletedUtc == null, cancellationToken);
    }

    public async Task<SaveResult> CreateAsync(Article draft, string user, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (ArticleRules.FirstProblem(draft) is { } problem)
        {
            return SaveResult.Refused(draft.Number, problem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Articles.AnyAsync(a => a.Number == draft.Number, cancellationToken))
        {
            return SaveResult.Refused(draft.Number, $"Article {draft.Number} already exists; choose another number.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article { CreatedUtc = now, UpdatedUtc = now, Version = 1 };
        ArticleContent.Copy(draft, article);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        db.Revisions.Add(ArticleRevision.Of(article, 1, user, comment, now));
        db.Audit.Add(AuditEntry.Of(now, user, "created", article.Number, comment));
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(article.Number, cancellationToken);
        return new SaveResult(true, article.Number, article.Version, [], null);
    }

    /// <summary>Saves an edit made against <paramref name="expectedVersion"/>.</summary>
    public async Task<SaveResult> SaveAsync(Article edited, int expectedVersion, string user, string? comment, CancellationToken cancellationToken = default) =>
        await ChangeAsync(edited.Number, expectedVersion, user, "saved", comment, stored => ArticleContent.Copy(edited, stored), edited, cancellationToken);

    /// <summary>Draft → Published → Retired (or back): a save of its own, with a revision.</summary>
    public Task<SaveResult> SetStateAsync(string number, ArticleState state, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(number, expectedVersion, user, state.ToString().ToLowerInvariant(), null, stored => stored.State = state, null, cancellationToken);

    /// <summary>Brings back the content of an older revision as a new revision (history is never rewritten).</summary>
    public async Task<SaveResult> RestoreRevisionAsync(string number, int revision, int expectedVersion, string user, CancellationToken cancellationToken = default)
    {
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
        return await ChangeAsync(number, expectedVersion, user, "restored-revision", $"restored revision {revision}", stored => ArticleContent.Copy(old, stored), old, cancellationToken);
    }

    /// <summary>Soft delete: gone for readers, search and matching; an admin can restore it.</summary>
    public Task<bool> DeleteAsync(string number, string user, CancellationToken cancellationToken = default) =>
        SetDeletedAsync(number, user, deleted: true, cancellationToken);

    public Task<bool> RestoreDeletedAsync(string number, string user, CancellationToken cancellationToken = default) =>
        SetDeletedAsync(number, user, deleted: false, cancellationToken);

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
        db.Revisions.AsNoTracking().Join(db.Articles.Where(a => a.Number == number), r => r.ArticleId, a => a.Id, (r, _) => r);

    private async Task<SaveResult> ChangeAsync(string number, int expectedVersion, string user, string action, string? comment, Action<Article> change, Article? attempted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await db.Articles.Include(a => a.Events).FirstOrDefaultAsync(a => a.Number == number && a.DeletedUtc == null, cancellationToken);
            if (stored is null)
            {
                return SaveResult.Refused(number, $"There is no article {number} (it may have been deleted).");
            }

            // The version the editor started from is what the UPDATE is checked against.
            db.Entry(stored).Property(a => a.Version).OriginalValue = expectedVersion;
            var before = stored.Events.ToList();
            change(stored);
            // A content change replaces the signatures; a state change keeps them.
            db.EventSignatures.RemoveRange(before.Except(stored.Events));
            if (ArticleRules.FirstProblem(stored) is { } problem)
            {
                return SaveResult.Refused(number, problem);
            }

            stored.Number = number;
            stored.Version = expectedVersion + 1;
            stored.UpdatedUtc = now;
            var revision = await db.Revisions.Where(r => r.ArticleId == stored.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            db.Revisions.Add(ArticleRevision.Of(stored, revision + 1, user, comment, now));
            db.Audit.Add(AuditEntry.Of(now, user, action, number, comment));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await ConflictAsync(number, attempted ?? stored, cancellationToken);
            }

            await NotifyAsync(number, cancellationToken);
            return new SaveResult(true, number, stored.Version, [], null);
        }
    }

    private async Task<SaveResult> ConflictAsync(string number, Article attempted, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Articles.AsNoTracking().Include(a => a.Events.OrderBy(e => e.Order)).FirstAsync(a => a.Number == number, cancellationToken);
        var last = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == current.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        var diff = RevisionDiff.Lines(ArticleMarkdownWriter.Write(attempted), ArticleMarkdownWriter.Write(current));
        return new SaveResult(false, number, current.Version,
            [$"{last?.SavedBy ?? "Someone"} saved this article at {last?.SavedUtc:u} while you were editing. Your text is still in the form; merge their change below and save again."],
            new SaveConflict(current, last?.SavedBy ?? "", last?.SavedUtc ?? current.UpdatedUtc, diff));
    }

    private async Task<bool> SetDeletedAsync(string number, string user, bool deleted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await db.Articles.FirstOrDefaultAsync(a => a.Number == number, cancellationToken);
            if (stored is null || (stored.DeletedUtc is not null) == deleted)
            {
                return false;
            }

            stored.DeletedUtc = deleted ? now : null;
            stored.UpdatedUtc = now;
            stored.Version++;
            db.Audit.Add(AuditEntry.Of(now, user, deleted ? "deleted" : "restored", number));
            await db.SaveChangesAsync(cancellationToken);
        }

        await NotifyAsync(number, cancellationToken);
        return true;
    }

    private async Task NotifyAsync(string number, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.ArticlesChangedAsync([number], cancellationToken);
        }
    }
}
