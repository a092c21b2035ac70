using KbSite.Articles;
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
        ArticleQueries queries, CancellationToken cancellationToken, int page = 1, int pageSize = 20, string? product = null, string? version = null)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            return TypedResults.Problem($"page must be 1 or more and pageSize from 1 to {MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad paging");
        }

        var result = await queries.PageAsync(page, pageSize, product, version, cancellationToken);
        return TypedResults.Ok(new ArticlePageDto(result.Total, result.PageNumber, result.PageSize, result.Items.Select(ArticleSummaryDto.From).ToList()));
    }
}
