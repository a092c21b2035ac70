using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Editing;

/// <summary>
/// The one door through which articles are written, whoever writes them: the editor (create, change, publish, retire,
/// delete, restore), uploads, the command-line import and seeding. Every write goes through the same commit: the
/// derived fields are set (<see cref="DerivedFields"/>), the rules checked (<see cref="ArticleRules"/>), the version
/// bumped, the event signatures replaced, a revision numbered when the content changed and an audit entry written, all
/// in one transaction; then the listeners (the search index) are told once. A change made against an older version
/// is refused as a conflict, never silently written over; a store that cannot be written to right now is an answer
/// (<see cref="WriteStatus.Unavailable"/>), never an exception that would end an editor's session.
/// </summary>
public sealed partial class ArticleWriter(
    IDbContextFactory<KbDbContext> dbFactory,
    TimeProvider clock,
    IEnumerable<IArticleChangeListener> listeners,
    ILogger<ArticleWriter>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>How often an import batch is tried again when another writer changed the same articles meanwhile.</summary>
    private const int ImportAttempts = 3;

    public Task<WriteResult> CreateAsync(Article draft, string by, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return GuardedAsync(draft.Number, () => CreateUnguardedAsync(draft, by, comment, cancellationToken));
    }

    private async Task<WriteResult> CreateUnguardedAsync(Article draft, string by, string? comment, CancellationToken cancellationToken)
    {
        var article = new Article();
        ArticleContent.Copy(draft, article);
        StampDates(before: null, article);
        if ((CommentProblem(comment) ?? Prepare(article)) is { } problem)
        {
            return WriteResult.Refused(article.Number, problem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Articles.AnyAsync(a => a.Number == article.Number, cancellationToken).ConfigureAwait(false))
        {
            return WriteResult.Refused(article.Number, $"Article {article.Number} already exists; choose another number.");
        }

        db.Articles.Add(article);
        try
        {
            await CommitAsync(db, [new Write(article, by, "created", comment, NewRevision: true)], cancellationToken).ConfigureAwait(false);
            return WriteResult.Saved(article.Number, article.Version);
        }
        catch (DbUpdateException)
        {
            // Another request created the same number between the check above and this commit (the unique index
            // refused ours); anything else is not a conflict and goes on up.
            if (!await ExistsAsync(article.Number, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }

        return new WriteResult(WriteStatus.Conflict, article.Number, 0, $"Article {article.Number} was created by someone else a moment ago; choose another number.", null);
    }

    /// <summary>Replaces what the article says with <paramref name="edited"/>, made against <paramref name="expectedVersion"/>.</summary>
    public Task<WriteResult> ChangeAsync(Article edited, int expectedVersion, string by, string action, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edited);
        if (CommentProblem(comment) is { } problem)
        {
            return Task.FromResult(WriteResult.Refused(edited.Number, problem));
        }

        return GuardedAsync(edited.Number, () => UpdateAsync(edited.Number, expectedVersion, by, action, comment, stored => ArticleContent.Copy(edited, stored), cancellationToken));
    }

    /// <summary>Draft → Published → Retired (or back): a change of its own, with a revision that says what it did.</summary>
    public Task<WriteResult> SetStateAsync(string number, ArticleState state, int expectedVersion, string by, CancellationToken cancellationToken = default) =>
        GuardedAsync(number, () => UpdateAsync(number, expectedVersion, by, state.ToString().ToLowerInvariant(), StateComment(state), stored => stored.State = state, cancellationToken));

    private static string StateComment(ArticleState state) => state switch
    {
        ArticleState.Published => "published",
        ArticleState.Retired => "retired",
        _ => "taken back to draft",
    };

    /// <summary>
    /// Soft delete: gone for readers, search and matching; an admin can restore it. No revision: the content stays.
    /// With <paramref name="expectedVersion"/>, refused as a conflict when the article changed since that version.
    /// </summary>
    public Task<WriteResult> DeleteAsync(string number, string by, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        GuardedAsync(number, () => SetDeletedAsync(number, by, deleted: true, expectedVersion, cancellationToken));

    public Task<WriteResult> RestoreDeletedAsync(string number, string by, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        GuardedAsync(number, () => SetDeletedAsync(number, by, deleted: false, expectedVersion, cancellationToken));

    /// <summary>
    /// Creates or updates each article of an import batch by number, all in one transaction; an article whose content
    /// is the same as the stored one is left alone. With <paramref name="dryRun"/> nothing is written: the report says
    /// what would happen.
    /// </summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportedArticle> batch, string by, bool dryRun, ImportNumbering? numbering = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        numbering ??= ImportNumbering.Default;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ImportOnceAsync(batch, numbering, by, dryRun, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < ImportAttempts && (e is DbUpdateException || StoreFailure.IsUnavailable(e)))
            {
                // Another writer created or changed some of these numbers meanwhile, or held the store: read them again and retry.
            }
            catch (Exception e) when (e is DbUpdateException || StoreFailure.IsUnavailable(e))
            {
                LogStoreRefused(e, batch.Count);
                // Still refused after reading the batch again (another writer keeps changing these articles, or the
                // store refuses a value): the batch is all or nothing, so every article of it is reported.
                var reason = (e.InnerException ?? e).Message;
                var report = new ImportReport();
                foreach (var a in batch)
                {
                    report.Refuse(a.File, $"the article was not written: the store refused its batch ({reason}); nothing of that batch was written, import it again.", a.Article.Number, a.Notes);
                }

                return report;
            }
        }
    }

    private async Task<ImportReport> ImportOnceAsync(IReadOnlyList<ImportedArticle> batch, ImportNumbering numbering, string by, bool dryRun, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var numbered = await numbering.NumberAsync(db, batch, cancellationToken).ConfigureAwait(false);
        var numbers = numbered.Select(n => n.Number).OfType<string>().ToList();
        var existing = await db.Articles.Include(a => a.Events)
            .Where(a => numbers.Contains(a.Number))
            .ToDictionaryAsync(a => a.Number, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var writes = new List<Write>();
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var (file, read, notes) = batch[i];
            var (number, assigned) = numbered[i];
            if (number is null)
            {
                report.Refuse(file, $"the article has no number and the numbers {numbering.First}-{numbering.Last} kept for imports are all in use (Kb:Import).", notes: notes);
                continue;
            }

            // A file without a number that an earlier import numbered, beside a file that now gives that number itself.
            if (!fileOf.TryAdd(number, file))
            {
                report.Refuse(file, $"article {number} is also in {fileOf[number]}; only the first is imported.", number, notes);
                continue;
            }

            var incoming = new Article();
            ArticleContent.Copy(read, incoming);
            incoming.Number = number;
            incoming.Origin = ImportNumbering.OriginOf(file);
            var outcome = ImportOutcome.Unchanged;
            if (Prepare(incoming) is { } problem)
            {
                report.Refuse(file, problem, number, notes);
                continue;
            }

            if (!existing.TryGetValue(incoming.Number, out var stored))
            {
                db.Articles.Add(incoming);
                writes.Add(new Write(incoming, by, "imported", "imported", NewRevision: true) { AuditDetails = "created" });
                outcome = ImportOutcome.Created;
            }
            else if (!ArticleContent.Same(stored, incoming))
            {
                Replace(db, stored, s => ArticleContent.Copy(incoming, s));
                stored.Origin = incoming.Origin;
                writes.Add(new Write(stored, by, "imported", "imported", NewRevision: true) { AuditDetails = "updated" });
                outcome = ImportOutcome.Updated;
            }

            report.Add(new ImportedFile(file, outcome, number, assigned, notes));
        }

        if (!dryRun && writes.Count > 0)
        {
            await CommitAsync(db, writes, cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    private async Task<WriteResult> UpdateAsync(string number, int expectedVersion, string by, string action, string? comment, Action<Article> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.Articles.Include(a => a.Events)
            .FirstOrDefaultAsync(a => a.Number == number && a.DeletedUtc == null, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new WriteResult(WriteStatus.NotFound, number, 0, $"There is no article {number} (it may have been deleted).", null);
        }

        var before = new Article();
        ArticleContent.Copy(stored, before);
        Replace(db, stored, change);

        // A change that leaves the dates out (an API client, an old revision) does not clear them.
        stored.Published ??= before.Published;
        stored.Modified ??= before.Modified;
        if (ArticleRules.FirstProblem(stored) is { } problem)
        {
            return WriteResult.Refused(number, problem);
        }

        if (ArticleContent.Same(before, stored))
        {
            return new WriteResult(WriteStatus.Unchanged, number, stored.Version, null, null);
        }

        StampDates(before, stored);

        // The version the editor started from is what the UPDATE is checked against.
        db.Entry(stored).Property(a => a.Version).OriginalValue = expectedVersion;
        try
        {
            await CommitAsync(db, [new Write(stored, by, action, comment, NewRevision: true)], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WriteResult(WriteStatus.Conflict, number, 0, $"Someone else changed article {number} while you were editing.", stored);
        }

        return WriteResult.Saved(number, stored.Version);
    }

    private async Task<WriteResult> SetDeletedAsync(string number, string by, bool deleted, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.Articles.FirstOrDefaultAsync(a => a.Number == number, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new WriteResult(WriteStatus.NotFound, number, 0, $"There is no article {number}.", null);
        }

        if ((stored.DeletedUtc is not null) == deleted)
        {
            return new WriteResult(WriteStatus.Unchanged, number, stored.Version, deleted ? $"{number} is deleted already." : $"{number} is not deleted.", null);
        }

        if (expectedVersion is { } expected)
        {
            if (expected != stored.Version)
            {
                return StaleVersion(number, stored.Version, expected);
            }

            db.Entry(stored).Property(a => a.Version).OriginalValue = expected;
        }

        stored.DeletedUtc = deleted ? clock.GetUtcNow().UtcDateTime : null;
        try
        {
            await CommitAsync(db, [new Write(stored, by, deleted ? "deleted" : "restored", null, NewRevision: false)], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleVersion(number, stored.Version, expected: expectedVersion ?? 0);
        }

        return WriteResult.Saved(number, stored.Version);
    }

    /// <summary>
    /// The one commit every write ends in: versions and timestamps, revisions numbered per article, audit entries, one
    /// transaction; then the listeners are told once. Articles to create are already added to <paramref name="db"/>.
    /// </summary>
    private async Task CommitAsync(KbDbContext db, IReadOnlyList<Write> writes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var write in writes)
        {
            var article = write.Article;
            var entry = db.Entry(article);
            if (entry.State == EntityState.Added)
            {
                article.CreatedUtc = now;
                article.Version = 1;
            }
            else
            {
                article.Version = entry.Property(a => a.Version).OriginalValue + 1;
            }

            article.UpdatedUtc = now;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false); // new articles get their ids
        var revised = writes.Where(w => w.NewRevision).Select(w => w.Article.Id).ToList();
        var lastRevision = await db.Revisions().Where(r => revised.Contains(r.ArticleId)).GroupBy(r => r.ArticleId)
            .Select(g => new { g.Key, Last = g.Max(r => r.Number) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken).ConfigureAwait(false);
        foreach (var write in writes)
        {
            if (write.NewRevision)
            {
                db.Revisions().Add(ArticleRevision.Of(write.Article, lastRevision.GetValueOrDefault(write.Article.Id) + 1, write.By, write.Comment, now));
            }

            db.Audit().Add(AuditEntry.Of(now, write.By, write.Action, write.Article.Number, write.AuditDetails));
            db.Changes.Add(new ArticleChange { Number = write.Article.Number, Kind = write.Action, AtUtc = now });
        }

        await ChangeFeed.BeforeAppendAsync(db, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var numbers = writes.Select(w => w.Article.Number).ToList();
        foreach (var listener in listeners)
        {
            await listener.ArticlesChangedAsync(numbers, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The dates readers see, kept by the editor's writes (an import keeps the dates it brings): the first publish sets
    /// Published; a change to a published article (its publishing and retiring too) sets Modified, unless the change
    /// itself gave another date.
    /// </summary>
    private void StampDates(Article? before, Article after)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (after.State == ArticleState.Published && after.Published is null)
        {
            after.Published = today;
        }

        var publishedChange = after.State == ArticleState.Published || before?.State == ArticleState.Published;
        if (publishedChange && after.Modified == before?.Modified)
        {
            after.Modified = today;
        }
    }

    /// <summary>The derived fields set and the rules checked; the first problem, or null when the article may be written.</summary>
    private static string? Prepare(Article article)
    {
        DerivedFields.Apply(article);
        return ArticleRules.FirstProblem(article);
    }

    /// <summary>
    /// Runs a write; a store that cannot be written to right now (another process holding its write lock beyond the
    /// busy timeout, a disk that refuses) gives <see cref="WriteStatus.Unavailable"/>: nothing was written, and the editor
    /// keeps the text to save again.
    /// </summary>
    private async Task<WriteResult> GuardedAsync(string number, Func<Task<WriteResult>> write)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        catch (Exception e) when (StoreFailure.IsUnavailable(e))
        {
            LogStoreUnavailable(e, number);
            return new WriteResult(WriteStatus.Unavailable, number, 0, "The store could not be reached or written to just now (the database is not answering, another process is writing to it, or the disk refused). Nothing was saved; your text is still here, so save again in a moment.", null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Number} could not be written: the store is unavailable")]
    private partial void LogStoreUnavailable(Exception error, string number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An import batch of {Count} articles was refused by the store")]
    private partial void LogStoreRefused(Exception error, int count);

    private static WriteResult StaleVersion(string number, int current, int expected) =>
        new(WriteStatus.Conflict, number, current, $"Article {number} was changed after you opened it (you saw version {expected}); reload the page and try again.", null);

    private static string? CommentProblem(string? comment) =>
        comment?.Trim().Length > ArticleRevision.MaxCommentLength
            ? $"the comment is {comment.Trim().Length:N0} characters long; at most {ArticleRevision.MaxCommentLength:N0} are allowed."
            : null;

    /// <summary>Applies a change to a stored article; the signatures it no longer has are deleted.</summary>
    private static void Replace(KbDbContext db, Article stored, Action<Article> change)
    {
        var before = stored.Events.ToList();
        change(stored);
        DerivedFields.Apply(stored);
        db.EventSignatures.RemoveRange(before.Except(stored.Events));
    }

    private async Task<bool> ExistsAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Articles.AnyAsync(a => a.Number == number, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One change to one article: who made it, what the audit calls it, the comment, whether the content changed.</summary>
    private sealed record Write(Article Article, string By, string Action, string? Comment, bool NewRevision)
    {
        /// <summary>What the audit entry says: the comment, unless told otherwise.</summary>
        public string? AuditDetails { get; init; } = Comment;
    }
}
