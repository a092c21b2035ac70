using Microsoft.AspNetCore.Http.HttpResults;

namespace KbSite.Search;

/// <summary>A ranked hit of GET /api/search.</summary>
public sealed record SearchHitDto(string Id, string Title, string Product, float Score, string Snippet);

/// <summary>The answer of GET /api/search.</summary>
public sealed record SearchResponseDto(int Total, IReadOnlyList<SearchHitDto> Hits, string? DidYouMean, bool Relaxed, IReadOnlyList<string> Notes);

public static class SearchApi
{
    /// <summary>GET /api/search?q=&amp;top=&amp;skip=&amp;product=&amp;version=&amp;status=&amp;sort=relevance|newest</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", Search).WithTags("Search");
        return endpoints;
    }

    private static Results<Ok<SearchResponseDto>, ProblemHttpResult> Search(
        ArticleSearcher searcher, string? q, int top = 10, int skip = 0, string? product = null, string? version = null, string? status = null, string? sort = null)
    {
        if (top < 1 || top > SearchRequest.MaxTop || skip < 0)
        {
            return TypedResults.Problem($"top must be from 1 to {SearchRequest.MaxTop} and skip 0 or more.", statusCode: StatusCodes.Status400BadRequest, title: "Bad paging");
        }

        var order = string.Equals(sort, "newest", StringComparison.OrdinalIgnoreCase) ? SearchSort.Newest : SearchSort.Relevance;
        var result = searcher.Search(new SearchRequest(q ?? "", skip, top, product, version, status, order));
        return TypedResults.Ok(new SearchResponseDto(
            result.Total,
            result.Hits.Select(h => new SearchHitDto(h.Id, h.Title, h.Product, h.Score, h.SnippetHtml)).ToList(),
            result.DidYouMean,
            result.Relaxed,
            result.Notes));
    }
}
