using KbSite.Articles;
using KbSite.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KbSite.Search;

/// <summary>A ranked hit of GET /api/search.</summary>
public sealed record SearchHitDto(string Id, string Title, string Product, string State, float Score, string Snippet);

/// <summary>The answer of GET /api/search.</summary>
/// <summary>The answer of GET /api/search; <c>ShowingResultsFor</c> is set when nothing matched as typed and these are a correction's results.</summary>
public sealed record SearchResponseDto(int Total, IReadOnlyList<SearchHitDto> Hits, string? DidYouMean, bool Relaxed, IReadOnlyList<string> Notes, string? ShowingResultsFor);

public static class SearchApi
{
    /// <summary>GET /api/search?q=&amp;top=&amp;skip=&amp;product=&amp;version=&amp;status=&amp;sort=relevance|newest</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", Search).WithTags("Search").RequireRateLimiting(PublicApiRateLimit.Policy);
        // The results page's script: the reader left the results without opening one. Anonymous like a search (a forged
        // one records no more than searching would); small, rate-limited, never an error page.
        endpoints.MapPost("/api/search/abandoned", LeftUnopenedAsync).DisableAntiforgery().RequireRateLimiting(PublicApiRateLimit.Policy).ExcludeFromDescription();
        return endpoints;
    }

    private const int MaxAbandonedBytes = 4096;

    /// <summary>What the results page sends when the reader leaves it: {"q": "the query"}.</summary>
    public sealed record LeftUnopenedDto(string? Q);

    private static async Task<IResult> LeftUnopenedAsync(HttpRequest request, IReaderMisses misses, CancellationToken cancellationToken)
    {
        try
        {
            if (await BoundedBody.ReadTextAsync(request, MaxAbandonedBytes, cancellationToken) is { } body
                && System.Text.Json.JsonSerializer.Deserialize<LeftUnopenedDto>(body, System.Text.Json.JsonSerializerOptions.Web) is { Q: { } q }
                && !string.IsNullOrWhiteSpace(q))
            {
                misses.SearchLeftUnopened(q);
                return TypedResults.NoContent();
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Answered below.
        }

        return TypedResults.Problem($"Send {{\"q\": \"the query\"}} of at most {MaxAbandonedBytes} bytes.", statusCode: StatusCodes.Status400BadRequest);
    }

    private static Results<Ok<SearchResponseDto>, ProblemHttpResult> Search(
        ArticleSearcher searcher, IReaderMisses misses, string? q, string? top = null, string? skip = null, string? product = null, string? version = null, string? status = null, string? sort = null, string? verbatim = null)
    {
        if (!QueryNumbers.TryRead(top, "top", 10, 1, SearchRequest.MaxTop, out var topNumber, out var problem)
            || !QueryNumbers.TryRead(skip, "skip", 0, 0, SearchRequest.MaxSkip, out var skipNumber, out problem))
        {
            return problem;
        }

        var order = string.Equals(sort, "newest", StringComparison.OrdinalIgnoreCase) ? SearchSort.Newest : SearchSort.Relevance;
        var result = searcher.Search(new SearchRequest(q ?? "", skipNumber, topNumber, product, version, status, order) { Verbatim = verbatim is "1" or "true" });
        if (result.Total == 0 && skipNumber == 0 && !string.IsNullOrWhiteSpace(q))
        {
            misses.SearchFoundNothing(q);
        }
        return TypedResults.Ok(new SearchResponseDto(
            result.Total,
            result.Hits.Select(h => new SearchHitDto(h.Id, h.Title, h.Product, h.State, h.Score, h.SnippetHtml)).ToList(),
            result.DidYouMean,
            result.Relaxed,
            result.Notes,
            result.ShowingResultsFor));
    }
}
