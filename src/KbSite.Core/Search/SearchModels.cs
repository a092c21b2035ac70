namespace KbSite.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    Relevance = 0,
    Newest = 1,
}

/// <summary>A search as the results page and the API ask for it.</summary>
public sealed record SearchRequest(
    string Query,
    int Skip = 0,
    int Top = 10,
    string? Product = null,
    string? Version = null,
    string? Status = null,
    SearchSort Sort = SearchSort.Relevance)
{
    /// <summary>Search for exactly what was typed: no results are not replaced by those of a correction.</summary>
    public bool Verbatim { get; init; }

    public const int MaxTop = 100;

    /// <summary>Results go this deep and no deeper: collecting past it would cost memory in proportion to the skip.</summary>
    public const int MaxSkip = 1000;
}

/// <summary>One ranked article.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string Product,
    IReadOnlyList<string> Versions,
    string Modified,
    string Status,
    float Score,
    string SnippetHtml)
{
    /// <summary>"published" or "retired" (readers never see drafts): a retired article is marked as such.</summary>
    public string State { get; init; } = "";
}

/// <summary>A facet value and how many matching articles carry it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>Counts of the matching articles by product, version and status.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Products, IReadOnlyList<FacetValue> Versions, IReadOnlyList<FacetValue> Statuses)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

/// <summary>The answer to a search.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean,
    bool Relaxed,
    string? ExactArticle,
    IReadOnlyList<string> Notes)
{
    public static SearchResult Empty { get; } = new(0, [], SearchFacets.Empty, null, false, null, []);

    /// <summary>
    /// Set when the query as typed found nothing and these are the results of its correction (the query here is the
    /// one typed; the correction is the request's replacement): "Showing results for …; search instead for …".
    /// </summary>
    public string? CorrectedFrom { get; init; }

    /// <summary>With <see cref="CorrectedFrom"/>: the query whose results these are.</summary>
    public string? ShowingResultsFor { get; init; }
}
