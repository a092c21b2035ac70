using System.Globalization;
using KbSite.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KbSite.Search;

/// <summary>Maps an article to its search-index document: the search fields, then each contributor's own.</summary>
public static class ArticleDocument
{
    public static Document Create(Article article, IReadOnlyList<IArticleDocumentContributor> contributors)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(contributors);
        var plainBody = MarkdownText.ToPlain(article.Body);
        var messages = string.Join("\n", article.Events.OrderBy(e => e.Order).Select(e => e.Message));
        var bodyText = article.Summary + "\n" + plainBody + "\n" + article.StatusText + "\n" + messages + "\n" + string.Join("\n", article.AppliesTo);
        var queryWords = string.Join(" , ", article.QueryWords);
        var keywords = string.Join(" ", article.Keywords.Concat(article.Technology));

        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Number, Field.Store.YES),
            new StringField(IndexFields.NumberDigits, ArticleNumber.Digits(article.Number), Field.Store.NO),
            new TextField(IndexFields.Title, article.Title + "\n" + queryWords, Field.Store.NO),
            new TextField(IndexFields.TitleExact, article.Title, Field.Store.NO),
            new TextField(IndexFields.QueryWords, queryWords, Field.Store.NO),
            new TextField(IndexFields.Keywords, keywords + "\n" + article.Product, Field.Store.NO),
            new TextField(IndexFields.Body, bodyText, Field.Store.NO),
            new TextField(IndexFields.All, string.Join("\n", article.Title, queryWords, keywords, article.Product, bodyText), Field.Store.NO),
            new TextField(IndexFields.BodyExact, bodyText, Field.Store.NO),
            new StringField(IndexFields.Product, article.Product, Field.Store.NO),
            new StringField(IndexFields.Status, article.StatusKind.ToName(), Field.Store.YES),
            new StringField(IndexFields.State, article.State.ToString().ToLowerInvariant(), Field.Store.YES),
            new SortedDocValuesField(IndexFields.Facets, new BytesRef(FacetKey(article))),
            new NumericDocValuesField(IndexFields.ModifiedSort, DateKey(article.Modified ?? article.Published)),
            new StoredField(IndexFields.StoredTitle, article.Title),
            new StoredField(IndexFields.StoredProduct, article.Product),
            new StoredField(IndexFields.StoredVersions, string.Join('\n', article.Versions)),
            new StoredField(IndexFields.StoredModified, (article.Modified ?? article.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
            new StoredField(IndexFields.StoredSnippetText, plainBody),
        };

        foreach (var version in article.Versions.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(new StringField(IndexFields.Version, version, Field.Store.NO));
        }

        foreach (var e in article.Events)
        {
            doc.Add(new StringField(IndexFields.EventId, e.EventId.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            doc.Add(new StringField(IndexFields.Source, SourceName.Normalize(e.Source), Field.Store.NO));
            doc.Add(new StringField(IndexFields.SourceEventId, SourceName.Key(e.Source, e.EventId), Field.Store.NO));
        }

        foreach (var contributor in contributors)
        {
            contributor.Contribute(article, doc);
        }

        return doc;
    }

    private const char FacetSeparator = '\u001f';

    /// <summary>Product, status and versions in one doc value, so that facet counting is one lookup per hit.</summary>
    public static string FacetKey(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.Join(FacetSeparator, [article.Product, article.StatusKind.ToName(), .. article.Versions.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    public static (string Product, string Status, IEnumerable<string> Versions) SplitFacetKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(FacetSeparator);
        return (parts[0], parts.Length > 1 ? parts[1] : "", parts.Skip(2));
    }

    /// <summary>A date as a sortable number, 19990328; 0 when unknown.</summary>
    public static long DateKey(DateOnly? date) => date is { } d ? (d.Year * 10000L) + (d.Month * 100) + d.Day : 0;
}
