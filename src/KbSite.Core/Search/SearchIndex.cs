using System.Globalization;
using System.Text.Json;
using KbSite.Articles;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KbSite.Search;

/// <summary>
/// Owns the IndexWriter and SearcherManager of the article index (the only type that opens an IndexWriter). The index
/// is derived from the store, so any trouble with it is healed by rebuilding it: it is rebuilt when missing, unreadable
/// or stamped with another analysis (its own version and each contributor's) at start, and when a read or a write finds
/// it damaged while running (files deleted or overwritten under it). Changes are visible to searches at once
/// (near-real-time reader); commits happen in the background and a failing commit (a read-only or full disk) is
/// retried with growing pauses while searches go on.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private const string AnalysisKey = "analysis";
    private const string AppliedKey = "feed-applied";
    private static readonly TimeSpan OldGenerationGrace = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxCommitPause = TimeSpan.FromMinutes(1);

    private readonly string? _path;
    private readonly IReadOnlyList<IArticleDocumentContributor> _contributors;
    private readonly string _stamp;
    private readonly ILogger _logger;
    private readonly Timer _committer;
    private readonly System.Threading.Lock _commitLock = new();
    private readonly System.Threading.Lock _swapLock = new();
    private volatile IndexGeneration _current;
    private long _applied;
    private volatile bool _dirty;
    private volatile string? _damage;
    private int _commitFailures;
    private DateTime _nextCommitUtc;
    private bool _disposed;

    /// <summary>
    /// Opens (or creates) the index in <paramref name="path"/>; null keeps it in memory (tests, evaluations). The
    /// contributors add their fields to every document, and their versions to the index stamp.
    /// </summary>
    public SearchIndex(string? path, IEnumerable<IArticleDocumentContributor>? contributors = null, ILogger<SearchIndex>? logger = null)
    {
        _path = path;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _contributors = [.. (contributors ?? []).OrderBy(c => c.Name, StringComparer.Ordinal)];
        _stamp = string.Join("; ", [$"search {IndexAnalysis.Version}", .. _contributors.Select(c => $"{c.Name} {c.Version}")]);
        (NeedsRebuild, RebuildReason, _applied) = Inspect(path, _stamp);
        _current = OpenOrErase(NeedsRebuild);
        // Commits are for durability only (searches see changes at once), so they can be batched.
        _committer = new Timer(_ => CommitIfDirty(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>BM25 at index and search time.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>True when the index was missing, unreadable or of another analysis when opened, or found damaged since.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>Why a rebuild is needed, for the log and /healthz.</summary>
    public string RebuildReason { get; private set; }

    /// <summary>The last change-feed sequence applied to the index (kept in its commit data): where catching up starts.</summary>
    public long AppliedSequence => Interlocked.Read(ref _applied);

    public int DocumentCount => _current.Writer.NumDocs;

    /// <summary>What /healthz reports of the index.</summary>
    public SearchIndexHealth Health => new(DocumentCount, NeedsRebuild ? RebuildReason : null, _commitFailures > 0 ? LastCommitError : null);

    private string? LastCommitError { get; set; }

    /// <summary>
    /// Replaces the whole index with these articles (drafts skipped), then commits. A damaged index is erased and
    /// reopened empty first; searches meanwhile see what has been added so far.
    /// </summary>
    public void Rebuild(IEnumerable<IReadOnlyList<Article>> batches, long appliedSequence)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var generation = _damage is not null ? Replace() : _current;
        generation.Writer.DeleteAll();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            foreach (var article in batch.Where(ArticleVisibility.IsPublic))
            {
                generation.Writer.AddDocument(ArticleDocument.Create(article, _contributors));
            }
        });
        // One segment searches fastest; merging a fresh index costs a few seconds at 100,000 articles.
        generation.Writer.ForceMerge(1);
        Interlocked.Exchange(ref _applied, appliedSequence);
        NeedsRebuild = false;
        RebuildReason = "";
        Commit();
        generation.Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Adds, replaces or removes (drafts) each article; searchable when this returns.</summary>
    public void Upsert(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Write(writer =>
        {
            foreach (var article in articles)
            {
                var key = new Term(IndexFields.Id, article.Number);
                if (ArticleVisibility.IsPublic(article))
                {
                    writer.UpdateDocument(key, ArticleDocument.Create(article, _contributors));
                }
                else
                {
                    writer.DeleteDocuments(key);
                }
            }
        });
    }

    public void Delete(IEnumerable<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        Write(writer => writer.DeleteDocuments(numbers.Select(n => new Term(IndexFields.Id, n)).ToArray()));
    }

    /// <summary>Asks for a rebuild from the store (the index is readable but cannot be brought in step otherwise).</summary>
    public void RequireRebuild(string reason)
    {
        RebuildReason = reason;
        NeedsRebuild = true;
    }

    /// <summary>Records that the feed is applied up to this sequence; written with the next commit.</summary>
    public void MarkApplied(long sequence)
    {
        Interlocked.Exchange(ref _applied, sequence);
        _dirty = true;
    }

    /// <summary>
    /// Runs a search on the current searcher. When reading finds the index damaged, it is marked for a rebuild and
    /// <see cref="SearchUnavailableException"/> says so; the rebuild starts within a second or two.
    /// </summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var generation = _current;
        var searcher = generation.Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        catch (Exception e) when (IsDamage(e))
        {
            MarkDamaged("reading it failed", e);
            throw new SearchUnavailableException(e);
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    public void Commit()
    {
        lock (_commitLock)
        {
            var writer = _current.Writer;
            writer.SetCommitData(new Dictionary<string, string>
            {
                [AnalysisKey] = _stamp,
                [AppliedKey] = AppliedSequence.ToString(CultureInfo.InvariantCulture),
            });
            writer.Commit();
            _dirty = false;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Wait for a commit in flight on the timer, so that none runs against a closing writer.
        using (var stopped = new ManualResetEvent(initialState: false))
        {
            if (_committer.Dispose(stopped))
            {
                stopped.WaitOne();
            }
        }

        _disposed = true;
        try
        {
            if (_dirty)
            {
                Commit();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // What was not committed is caught up from the store at the next start.
            LogCommitFailed(e, _commitFailures + 1, 0);
        }

        _current.Dispose();
    }

    /// <summary>
    /// What says the index itself is broken (files gone, overwritten, truncated) rather than the disk refusing a write:
    /// the first calls for a rebuild, the second for retrying.
    /// </summary>
    private static bool IsDamage(Exception? e) => e switch
    {
        null => false,
        // Lucene reports garbage in its files as plain IOException too ("Invalid VInt32 detected"), or as its own
        // internal LuceneSystemException (Java's RuntimeException), which can only be known by name.
        _ when e.GetType().FullName == "Lucene.Net.Util.LuceneSystemException" => true,
        CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or IOException
            or IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidCastException or JsonException => true,
        AggregateException a => a.InnerExceptions.Any(IsDamage),
        // Lucene wraps what it meets while sorting or merging ("Failed to compare two elements": a file gone).
        _ => IsDamage(e.InnerException),
    };

    private void Write(Action<IndexWriter> write)
    {
        try
        {
            write(_current.Writer);
            _dirty = true;
            _current.Searchers.MaybeRefreshBlocking();
        }
        catch (Exception e) when (IsDamage(e))
        {
            MarkDamaged("writing to it failed", e);
            throw new SearchUnavailableException(e);
        }
    }

    private void MarkDamaged(string what, Exception e)
    {
        if (_damage is not null)
        {
            return;
        }

        _damage = $"{what} ({e.GetType().Name}: {e.Message})";
        NeedsRebuild = true;
        RebuildReason = "the index is damaged: " + _damage;
        LogDamaged(_damage);
    }

    /// <summary>Erases a damaged index and opens it again empty, for a rebuild; the old generation closes a little later.</summary>
    private IndexGeneration Replace()
    {
        lock (_swapLock)
        {
            var old = _current;
            old.CloseWriter();
            var fresh = OpenOrErase(create: true);
            _current = fresh;
            _damage = null;
            _ = Task.Delay(OldGenerationGrace).ContinueWith(_ => old.Dispose(), TaskScheduler.Default);
            return fresh;
        }
    }

    /// <summary>Opens the index; when even that fails (garbage in segments_N), erases it and opens it empty.</summary>
    private IndexGeneration OpenOrErase(bool create)
    {
        try
        {
            return IndexGeneration.Open(_path, create);
        }
        catch (Exception e) when (e is not OutOfMemoryException && _path is not null)
        {
            NeedsRebuild = true;
            RebuildReason = $"the index could not be opened ({e.GetType().Name}: {e.Message})";
            LogErased(RebuildReason);
            IndexGeneration.Erase(_path);
            return IndexGeneration.Open(_path, create: true);
        }
    }

    private void CommitIfDirty()
    {
        if (!_dirty || _disposed || DateTime.UtcNow < _nextCommitUtc)
        {
            return;
        }

        try
        {
            Commit();
            if (_commitFailures > 0)
            {
                LogCommitsResumed(_commitFailures);
            }

            _commitFailures = 0;
            LastCommitError = null;
        }
        catch (ObjectDisposedException)
        {
            // Shutting down (or a generation just replaced): the next tick commits on the current one.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The timer must never take the process down: searches go on from memory, commits are retried with a
            // growing pause (a read-only or full disk), and a damaged index is rebuilt.
            _commitFailures++;
            LastCommitError = $"{e.GetType().Name}: {e.Message}";
            var pause = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, _commitFailures), MaxCommitPause.TotalSeconds));
            _nextCommitUtc = DateTime.UtcNow + pause;
            LogCommitFailed(e, _commitFailures, pause.TotalSeconds);
            if (IsDamage(e))
            {
                MarkDamaged("committing it failed", e);
            }
        }
    }

    private static (bool Rebuild, string Reason, long Applied) Inspect(string? path, string stamp)
    {
        if (path is null)
        {
            return (true, "the index is in memory", default);
        }

        try
        {
            using var directory = FSDirectory.Open(new DirectoryInfo(path));
            if (!DirectoryReader.IndexExists(directory))
            {
                return (true, "there is no index yet", default);
            }

            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(AnalysisKey, out var built) || built != stamp)
            {
                return (true, $"the index was built with analysis version {built ?? "(none)"}, this build uses {stamp}", default);
            }

            if (!data.TryGetValue(AppliedKey, out var a) || !long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var applied))
            {
                return (true, "the index does not say how much of the change feed it holds", default);
            }

            return (false, "", applied);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything that stops the index being read is a reason to rebuild it, never to stop the site.
            return (true, $"the index cannot be read ({e.GetType().Name}: {e.Message})", default);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index is damaged, {Damage}; it will be rebuilt from the store")]
    private partial void LogDamaged(string damage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index was erased to be rebuilt: {Reason}")]
    private partial void LogErased(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Committing the search index failed ({Failures} in a row); searches go on, next try in {Seconds} s")]
    private partial void LogCommitFailed(Exception error, int failures, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Committing the search index works again after {Failures} failures")]
    private partial void LogCommitsResumed(int failures);
}

/// <summary>What /healthz reports of the search index: documents, why it needs a rebuild, why commits fail.</summary>
public sealed record SearchIndexHealth(int Documents, string? RebuildReason, string? CommitError);

/// <summary>The search index was found damaged while reading or writing; it is being rebuilt from the store.</summary>
public sealed class SearchUnavailableException : Exception
{
    public SearchUnavailableException()
        : base("The search index is being rebuilt from the store; try again in a moment.")
    {
    }

    public SearchUnavailableException(string message)
        : base(message)
    {
    }

    public SearchUnavailableException(Exception innerException)
        : base("The search index is being rebuilt from the store; try again in a moment.", innerException)
    {
    }

    public SearchUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
