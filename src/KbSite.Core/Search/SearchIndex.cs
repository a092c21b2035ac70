using System.Globalization;
using KbSite.Articles;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace KbSite.Search;

/// <summary>
/// Owns the one IndexWriter and SearcherManager of the article index (the only type that opens an IndexWriter). The
/// index is derived from the store: it is rebuilt when missing, unreadable or stamped with another analysis (its own
/// version and each contributor's), and updated as articles change.
/// Changes are visible to searches at once (near-real-time reader); commits happen in the background.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string AnalysisKey = "analysis";
    private const string SyncedKey = "synced";

    private readonly Directory _directory;
    private readonly IReadOnlyList<IArticleDocumentContributor> _contributors;
    private readonly string _stamp;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Timer _committer;
    private readonly System.Threading.Lock _commitLock = new();
    private DateTime _syncedUtc;
    private volatile bool _dirty;
    private bool _disposed;

    /// <summary>
    /// Opens (or creates) the index in <paramref name="path"/>; null keeps it in memory (tests, evaluations). The
    /// contributors add their fields to every document, and their versions to the index stamp.
    /// </summary>
    public SearchIndex(string? path, IEnumerable<IArticleDocumentContributor>? contributors = null)
    {
        _contributors = [.. (contributors ?? []).OrderBy(c => c.Name, StringComparer.Ordinal)];
        _stamp = string.Join("; ", [$"search {IndexAnalysis.Version}", .. _contributors.Select(c => $"{c.Name} {c.Version}")]);
        _directory = path is null ? new RAMDirectory() : OpenDirectory(path);
        (NeedsRebuild, RebuildReason, _syncedUtc) = Inspect(_directory, _stamp);
        var config = new IndexWriterConfig(IndexAnalysis.Lucene, IndexAnalysis.ForIndex)
        {
            OpenMode = NeedsRebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new KbSearcherFactory());
        // Commits are for durability only (searches see changes at once), so they can be batched.
        _committer = new Timer(_ => CommitIfDirty(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>BM25 at index and search time.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>True when the index was missing, unreadable or of an older analysis version when opened.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>Why a rebuild is needed, for the log.</summary>
    public string RebuildReason { get; private set; }

    /// <summary>The store time up to which the index is known to be in step (commit data), for catching up.</summary>
    public DateTime SyncedUtc => _syncedUtc;

    public int DocumentCount => _writer.NumDocs;

    /// <summary>Replaces the whole index with these articles (drafts skipped), then commits.</summary>
    public void Rebuild(IEnumerable<IReadOnlyList<Article>> batches, DateTime syncedUtc)
    {
        ArgumentNullException.ThrowIfNull(batches);
        _writer.DeleteAll();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            foreach (var article in batch.Where(ArticleVisibility.IsPublic))
            {
                _writer.AddDocument(ArticleDocument.Create(article, _contributors));
            }
        });
        // One segment searches fastest; merging a fresh index costs a few seconds at 100,000 articles.
        _writer.ForceMerge(1);
        _syncedUtc = syncedUtc;
        NeedsRebuild = false;
        RebuildReason = "";
        Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Adds, replaces or removes (drafts) each article; searchable when this returns.</summary>
    public void Upsert(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            var key = new Term(IndexFields.Id, article.Number);
            if (ArticleVisibility.IsPublic(article))
            {
                _writer.UpdateDocument(key, ArticleDocument.Create(article, _contributors));
            }
            else
            {
                _writer.DeleteDocuments(key);
            }
        }

        _dirty = true;
        _searchers.MaybeRefreshBlocking();
    }

    public void Delete(IEnumerable<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        _writer.DeleteDocuments(numbers.Select(n => new Term(IndexFields.Id, n)).ToArray());
        _dirty = true;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Records that the index is in step with the store up to this time; written with the next commit.</summary>
    public void MarkSynced(DateTime syncedUtc)
    {
        _syncedUtc = syncedUtc;
        _dirty = true;
    }

    /// <summary>Runs a search on the current searcher.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Every article number in the index.</summary>
    public HashSet<string> AllNumbers() => Search(searcher =>
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Id);
            if (terms is null)
            {
                continue;
            }

            var e = terms.GetEnumerator();
            var live = leaf.AtomicReader.LiveDocs;
            while (e.MoveNext())
            {
                var docs = e.Docs(live, null, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    numbers.Add(e.Term.Utf8ToString());
                }
            }
        }

        return numbers;
    });

    public void Commit()
    {
        lock (_commitLock)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [AnalysisKey] = _stamp,
                [SyncedKey] = _syncedUtc.ToString("O", CultureInfo.InvariantCulture),
            });
            _writer.Commit();
            _dirty = false;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _committer.Dispose();
        CommitIfDirty();
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private void CommitIfDirty()
    {
        if (!_dirty || _disposed)
        {
            return;
        }

        try
        {
            Commit();
        }
        catch (ObjectDisposedException)
        {
            // Shutting down: the final commit happens in Dispose.
        }
    }

    /// <summary>NIOFSDirectory, chosen explicitly: MMapDirectory has open crash reports in Lucene.Net.</summary>
    private static NIOFSDirectory OpenDirectory(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new NIOFSDirectory(new DirectoryInfo(path));
    }

    private static (bool Rebuild, string Reason, DateTime Synced) Inspect(Directory directory, string stamp)
    {
        try
        {
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

            var synced = data.TryGetValue(SyncedKey, out var s) && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : default;
            return (false, "", synced);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or UnauthorizedAccessException)
        {
            return (true, $"the index cannot be read ({e.GetType().Name}: {e.Message})", default);
        }
    }

    private sealed class KbSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
