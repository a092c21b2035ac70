using KbSite.Articles;
using KbSite.Content;
using KbSite.Search;

namespace KbSite.Search;

/// <summary>An in-memory index of the given articles (by default the shipped content/), with a searcher.</summary>
internal sealed class SearchTestIndex : IDisposable
{
    public SearchTestIndex(IEnumerable<Article>? articles = null)
    {
        Index = new SearchIndex(path: null);
        Index.Rebuild([(articles ?? ShippedArticles()).ToList()], DateTime.UtcNow);
        Searcher = new ArticleSearcher(Index);
    }

    public SearchIndex Index { get; }

    public ArticleSearcher Searcher { get; }

    public static List<Article> ShippedArticles()
    {
        var files = Directory.GetFiles(Fixture.ShippedContentDir).Select(p => new ContentFile(Path.GetFileName(p), File.ReadAllBytes(p)));
        var (articles, problems) = ContentImporter.ReadAll(files);
        Assert.Empty(problems);
        return articles.Select(a => a.Article).ToList();
    }

    public List<string> Ids(string query, int top = 10) =>
        Searcher.Search(new SearchRequest(query, Top: top)).Hits.Select(h => h.Id).ToList();

    public void Dispose() => Index.Dispose();
}
