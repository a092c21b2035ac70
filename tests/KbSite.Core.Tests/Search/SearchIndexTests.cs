using KbSite.Articles;
using KbSite.Search;
using Lucene.Net.Index;

namespace KbSite.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string IndexPath => _dir.Combine("index");

    private static Article Sample(string number, string title, ArticleState state = ArticleState.Published) =>
        new() { Number = number, Title = title, Product = "Microsoft Exchange", State = state, Body = "Body of " + title };

    private static List<string> Find(SearchIndex index, string query) =>
        new ArticleSearcher(index).Search(new SearchRequest(query)).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Facet_counts_follow_updates_and_deletes()
    {
        using var index = new SearchIndex(IndexPath);
        index.Rebuild([[Sample("Q1", "alpha one"), Sample("Q2", "alpha two"), Sample("Q3", "alpha three")]], appliedSequence: 0);
        Dictionary<string, int> Products() => new ArticleSearcher(index).Search(new SearchRequest("alpha")).Facets.Products.ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(new Dictionary<string, int> { ["Microsoft Exchange"] = 3 }, Products());

        var moved = Sample("Q2", "alpha two");
        moved.Product = "Microsoft SQL Server";
        index.Upsert([moved]);
        index.Delete(["Q3"]);

        Assert.Equal(new Dictionary<string, int> { ["Microsoft Exchange"] = 1, ["Microsoft SQL Server"] = 1 }, Products());
    }

    [Fact]
    public void A_missing_index_needs_a_rebuild_and_a_rebuilt_one_does_not()
    {
        using (var index = new SearchIndex(IndexPath))
        {
            Assert.True(index.NeedsRebuild);
            index.Rebuild([[Sample("Q1", "alpha")]], appliedSequence: 0);
        }

        using var reopened = new SearchIndex(IndexPath);
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal(["Q1"], Find(reopened, "alpha"));
    }

    [Fact]
    public void A_contributor_of_another_version_makes_the_index_rebuild_by_itself()
    {
        using (var index = new SearchIndex(IndexPath, [new Contributor("1")]))
        {
            index.Rebuild([[Sample("Q1", "alpha")]], appliedSequence: 0);
        }

        using (var same = new SearchIndex(IndexPath, [new Contributor("1")]))
        {
            Assert.False(same.NeedsRebuild);
        }

        using var changed = new SearchIndex(IndexPath, [new Contributor("2")]);

        Assert.True(changed.NeedsRebuild);
        TextAssert.Contains(changed.RebuildReason, "extra 1", "extra 2");
    }

    [Fact]
    public void A_contributor_adds_its_fields_to_every_document()
    {
        using var index = new SearchIndex(IndexPath, [new Contributor("1")]);
        index.Rebuild([[Sample("Q1", "alpha"), Sample("Q2", "beta")]], appliedSequence: 0);

        var tagged = index.Search(s => s.Search(new Lucene.Net.Search.TermQuery(new Term("extra", "tagged")), 10).TotalHits);

        Assert.Equal(2, tagged);
    }

    private sealed class Contributor(string version) : IArticleDocumentContributor
    {
        public string Name => "extra";

        public string Version => version;

        public void Contribute(Article article, Lucene.Net.Documents.Document document) =>
            document.Add(new Lucene.Net.Documents.StringField("extra", "tagged", Lucene.Net.Documents.Field.Store.NO));
    }

    [Fact]
    public void An_unreadable_index_needs_a_rebuild_and_can_be_rebuilt()
    {
        using (var index = new SearchIndex(IndexPath))
        {
            index.Rebuild([[Sample("Q1", "alpha")]], appliedSequence: 0);
        }

        foreach (var file in System.IO.Directory.GetFiles(IndexPath).Where(f => !Path.GetFileName(f).StartsWith("write.lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        }

        using var broken = new SearchIndex(IndexPath);
        Assert.True(broken.NeedsRebuild);
        broken.Rebuild([[Sample("Q2", "beta")]], appliedSequence: 0);
        Assert.Equal(["Q2"], Find(broken, "beta"));
    }

    [Fact]
    public void An_update_is_searchable_as_soon_as_it_returns()
    {
        using var index = new SearchIndex(IndexPath);
        index.Rebuild([[Sample("Q1", "alpha")]], appliedSequence: 0);

        index.Upsert([Sample("Q1", "gamma"), Sample("Q2", "delta")]);

        Assert.Empty(Find(index, "alpha"));
        Assert.Equal(["Q1"], Find(index, "gamma"));
        Assert.Equal(["Q2"], Find(index, "delta"));
    }

    [Fact]
    public void Drafts_never_enter_the_index_and_leave_it_when_unpublished()
    {
        using var index = new SearchIndex(IndexPath);
        index.Rebuild([[Sample("Q1", "alpha"), Sample("Q2", "alpha", ArticleState.Draft), Sample("Q3", "alpha", ArticleState.Retired)]], appliedSequence: 0);
        Assert.Equal(["Q1", "Q3"], Find(index, "alpha").Order(StringComparer.Ordinal));

        index.Upsert([Sample("Q1", "alpha", ArticleState.Draft)]);

        Assert.Equal(["Q3"], Find(index, "alpha"));
    }

    [Fact]
    public void Changes_survive_a_restart()
    {
        using (var index = new SearchIndex(IndexPath))
        {
            index.Rebuild([[Sample("Q1", "alpha")]], appliedSequence: 0);
            index.Upsert([Sample("Q2", "omega")]);
        }

        using var reopened = new SearchIndex(IndexPath);
        Assert.Equal(["Q2"], Find(reopened, "omega"));
    }
}
