namespace KbSite.Search;

/// <summary>The fields of an article document in the search index (other features add their own, see <see cref="IArticleDocumentContributor"/>).</summary>
public static class IndexFields
{
    /// <summary>Canonical number, "Q152877": the document key.</summary>
    public const string Id = "id";

    /// <summary>The number's digits alone, "152877".</summary>
    public const string NumberDigits = "digits";

    /// <summary>Title and additional query words, stemmed.</summary>
    public const string Title = "title";
    public const string TitleExact = "title_exact";

    /// <summary>Keywords, technology tags and additional query words, as written.</summary>
    public const string QueryWords = "qwords";

    /// <summary>Keywords, technology tags and the product name's words.</summary>
    public const string Keywords = "keywords";

    /// <summary>Body text (code blocks included) plus status text and event messages.</summary>
    public const string Body = "body";
    public const string BodyExact = "body_exact";

    /// <summary>Everything searchable (title, query words, keywords, product, body), stemmed: the field every word must match.</summary>
    public const string All = "all";

    // Exact keys, not analysed.
    public const string Product = "product";
    public const string Version = "version";
    public const string Status = "status";
    public const string State = "state";
    public const string EventId = "eventid";
    public const string Source = "source";
    public const string SourceEventId = "source_eventid";

    // Doc values for facets and sorting.
    public const string Facets = "facets_dv";
    public const string ModifiedSort = "modified_dv";

    // Stored for display.
    public const string StoredTitle = "s_title";
    public const string StoredProduct = "s_product";
    public const string StoredVersions = "s_versions";
    public const string StoredModified = "s_modified";
    public const string StoredSnippetText = "s_text";

    /// <summary>Fields analysed with the exact (unstemmed) analyzer.</summary>
    public static IReadOnlyList<string> ExactFields { get; } = [TitleExact, BodyExact, QueryWords, Keywords];
}
