using KbSite.Articles;
using KbSite.Content;
using KbSite.Matching;
using KbSite.Search;

namespace KbSite.Search;

/// <summary>An in-memory index as the site builds it (Matching's fields included) of the given articles (by default the shipped content/), with a searcher.</summary>
internal sealed class SearchTestIndex : IDisposable
{
    public SearchTestIndex(IEnumerable<Article>? articles = null)
    {
        Index = new SearchIndex(path: null, [new SignatureFields()]);
        Index.Rebuild([(articles ?? ShippedArticles()).ToList()], appliedSequence: 0);
        Searcher = new ArticleSearcher(Index);
    }

    public SearchIndex Index { get; }

    public ArticleSearcher Searcher { get; }

    public static List<Article> ShippedArticles()
    {
        var files = Directory.GetFiles(Fixture.ShippedContentDir).Select(p => new ContentFile(Path.GetFileName(p), File.ReadAllBytes(p)));
        var (articles, problems) = ContentReader.Read(files).All();
        Assert.Empty(problems);
        // As the writer stores them: with the fields that follow from the body.
        return articles.Select(a =>
        {
            DerivedFields.Apply(a.Article);
            return a.Article;
        }).ToList();
    }

    public List<string> Ids(string query, int top = 10) =>
        Searcher.Search(new SearchRequest(query, Top: top)).Hits.Select(h => h.Id).ToList();

    public void Dispose() => Index.Dispose();
}
