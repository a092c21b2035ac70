using KbSite.Accounts;
using KbSite.Articles;
using KbSite.Hosting;

namespace KbSite.Editing;

public static class EditingApi
{
    /// <summary>GET /api/admin/articles (Editor or Admin): every article, drafts included; 401 without sign-in, 403 without the role.</summary>
    public static IEndpointRouteBuilder MapEditingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/articles", async Task<IResult> (EditorArticleQueries queries, string? state, string? product, string? text, string? page, string? pageSize) =>
            {
                if (!QueryNumbers.TryRead(page, "page", 1, 1, int.MaxValue, out var pageNumber, out var problem)
                    || !QueryNumbers.TryRead(pageSize, "pageSize", 20, 1, ArticlesApi.MaxPageSize, out var size, out problem))
                {
                    return problem;
                }

                ArticleState? s = Enum.TryParse<ArticleState>(state, ignoreCase: true, out var parsed) ? parsed : null;
                var result = await queries.PageAsync(s, product, text, pageNumber, size);
                return TypedResults.Ok(new ArticlePageDto(result.Total, result.PageNumber, result.PageSize, result.Items.Select(ArticleSummaryDto.From).ToList()));
            })
            .WithTags("Editing")
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin, KbRoles.Editor));
        return endpoints;
    }
}
