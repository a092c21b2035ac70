using KbSite.Articles;
using KbSite.Matching;

namespace KbSite.Search;

/// <summary>The index broken on disk, at start and while in use: never a crash, always a rebuild from the store.</summary>
public sealed class IndexFaultTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string IndexPath => _dir.Combine("index");

    private static List<Article> Articles(string word) =>
    [
        .. Enumerable.Range(1, 50).Select(i => new Article
        {
            Number = $"Q{i}",
            Title = $"{word} article {i}",
            Body = $"Body of {word} {i}",
            State = ArticleState.Published,
            Events = [EventSignature.At(0, "Relay", 100 + i, "Error", $"The relay {word} stopped at stage {i}.")],
        }),
    ];

    private static SearchIndex Open(string path) => new(path, [new SignatureFields()]);

    private SearchIndex Built(string word)
    {
        var index = Open(IndexPath);
        index.Rebuild([Articles(word)], appliedSequence: 0);
        return index;
    }

    private static int Found(SearchIndex index, string word) => new ArticleSearcher(index).Search(new SearchRequest(word)).Total;

    private void Overwrite(Func<string, bool> which)
    {
        var files = Directory.GetFiles(IndexPath).Where(f => which(Path.GetFileName(f))).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var length = new FileInfo(file).Length;
            var garbage = new byte[Math.Max(length, 16)];
            new Random(7).NextBytes(garbage);
            File.WriteAllBytes(file, garbage);
        }
    }

    [Theory]
    [InlineData("segments_")]
    [InlineData("")]
    public void Garbage_in_the_index_at_start_is_a_rebuild_not_a_failed_start(string filesStartingWith)
    {
        Built("alpha").Dispose();
        Overwrite(name => name.StartsWith(filesStartingWith, StringComparison.Ordinal) && !name.StartsWith("write.lock", StringComparison.Ordinal));

        using var index = Open(IndexPath);

        Assert.True(index.NeedsRebuild);
        index.Rebuild([Articles("beta")], appliedSequence: 0);
        Assert.Equal(50, Found(index, "beta"));
    }

    [Fact]
    public void Random_bytes_in_the_doc_values_while_running_mark_the_index_for_a_rebuild_that_heals_it()
    {
        using var index = Built("alpha");
        var matcher = new EventMatcher(index);
        Assert.NotEmpty(matcher.Match("Relay Event ID 105\nThe relay alpha stopped at stage 5.").Matches);

        Overwrite(name => name.EndsWith(".cfs", StringComparison.Ordinal) || name.Contains("Lucene45", StringComparison.Ordinal) || name.EndsWith(".dvd", StringComparison.Ordinal));
        var failure = Record.Exception(() => matcher.Match("Relay Event ID 106\nThe relay alpha stopped at stage 6."));

        Assert.IsType<SearchUnavailableException>(failure);
        Assert.True(index.NeedsRebuild);
        index.Rebuild([Articles("alpha")], appliedSequence: 0);
        Assert.NotEmpty(matcher.Match("Relay Event ID 106\nThe relay alpha stopped at stage 6.").Matches);
        Assert.Null(index.Health.RebuildReason);
    }

    [Fact]
    public async Task Files_deleted_under_a_running_index_are_noticed_and_healed()
    {
        using var index = Built("alpha");
        foreach (var file in Directory.GetFiles(IndexPath).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        // The next write or commit finds the files gone; the commit timer must survive it.
        for (var i = 0; i < 50 && !index.NeedsRebuild; i++)
        {
            try
            {
                index.Upsert([Articles("gamma")[0]]);
                index.Commit();
            }
            catch (Exception e) when (e is SearchUnavailableException or IOException)
            {
            }

            await Task.Delay(100);
        }

        Assert.True(index.NeedsRebuild, "the deleted files were never noticed");
        index.Rebuild([Articles("delta")], appliedSequence: 0);
        Assert.Equal(50, Found(index, "delta"));
        Assert.Contains(Directory.GetFiles(IndexPath), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
    }
}
