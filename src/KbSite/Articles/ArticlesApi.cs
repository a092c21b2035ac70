using KbSite.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KbSite.Articles;

/// <summary>GET /api/articles (paged) and GET /api/articles/{id} (any of Q152877, KB152877, 152877).</summary>
public static class ArticlesApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<ArticleDto>, ProblemHttpResult>> GetAsync(string id, ArticleQueries queries, CancellationToken cancellationToken)
    {
        if (!ArticleNumber.TryNormalize(id, out var number))
        {
            return TypedResults.Problem($"\"{id}\" is not an article number; use Q152877, KB152877 or 152877.", statusCode: StatusCodes.Status404NotFound, title: "No such article");
        }

        var article = await queries.FindPublicAsync(number, cancellationToken);
        return article is null
            ? TypedResults.Problem($"There is no article {number}.", statusCode: StatusCodes.Status404NotFound, title: "No such article")
            : TypedResults.Ok(ArticleDto.From(article));
    }

    private static async Task<Results<Ok<ArticlePageDto>, ProblemHttpResult>> ListAsync(
        ArticleQueries queries, CancellationToken cancellationToken, string? page = null, string? pageSize = null, string? product = null, string? version = null)
    {
        if (!QueryNumbers.TryRead(page, "page", 1, 1, int.MaxValue, out var pageNumber, out var problem)
            || !QueryNumbers.TryRead(pageSize, "pageSize", 20, 1, MaxPageSize, out var size, out problem))
        {
            return problem;
        }

        // A page past the end answers with no items and its own number.
        var result = await queries.PageAsync(pageNumber, size, product, version, cancellationToken);
        return TypedResults.Ok(new ArticlePageDto(result.Total, result.PageNumber, result.PageSize, result.Items.Select(ArticleSummaryDto.From).ToList()));
    }
}
