using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace KbSite.Search;

/// <summary>
/// One opening of the index: its directory, the IndexWriter and the SearcherManager on it. When the index is found
/// damaged, <see cref="SearchIndex"/> replaces the whole generation with a fresh, empty one and rebuilds it from the
/// store; the old one is closed a little later, so that searches still running on it can finish.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private IndexGeneration(Directory directory, IndexWriter writer)
    {
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new KbSearcherFactory());
    }

    public Directory Directory { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Opens the index in <paramref name="path"/> (null: in memory); <paramref name="create"/> starts it empty.</summary>
    public static IndexGeneration Open(string? path, bool create)
    {
        Directory directory = path is null ? new RAMDirectory() : OpenDirectory(path);
        try
        {
            var config = new IndexWriterConfig(IndexAnalysis.Lucene, IndexAnalysis.ForIndex)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                Similarity = SearchIndex.Similarity,
                RAMBufferSizeMB = 64,
            };
            return new IndexGeneration(directory, new IndexWriter(directory, config));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Deletes every file of the index in <paramref name="path"/>: it is derived, and about to be rebuilt from the store.</summary>
    public static void Erase(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return;
        }

        foreach (var file in System.IO.Directory.GetFiles(path))
        {
            File.Delete(file);
        }
    }

    /// <summary>Closes the writer (releasing its lock) but leaves readers open for searches still running.</summary>
    public void CloseWriter()
    {
        try
        {
            Writer.Dispose(waitForMerges: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged index may not close cleanly; what matters is that its lock is released.
            IndexWriter.Unlock(Directory);
        }
    }

    public void Dispose()
    {
        CloseWriter();
        foreach (var close in new Action[] { Searchers.Dispose, Directory.Dispose })
        {
            try
            {
                close();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Closing what is already broken: nothing more to do.
            }
        }
    }

    /// <summary>NIOFSDirectory, chosen explicitly: MMapDirectory has open crash reports in Lucene.Net.</summary>
    private static NIOFSDirectory OpenDirectory(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new NIOFSDirectory(new DirectoryInfo(path));
    }

    private sealed class KbSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = SearchIndex.Similarity };
    }
}
