using KbSite.Accounts;
using KbSite.Articles;

namespace KbSite.Editing;

public static class EditingApi
{
    /// <summary>GET /api/admin/articles (Editor or Admin): every article, drafts included; 401 without sign-in, 403 without the role.</summary>
    public static IEndpointRouteBuilder MapEditingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/articles", async (EditorArticleQueries queries, string? state, string? product, string? text, int page = 1, int pageSize = 20) =>
            {
                ArticleState? s = Enum.TryParse<ArticleState>(state, ignoreCase: true, out var parsed) ? parsed : null;
                var result = await queries.PageAsync(s, product, text, page, Math.Clamp(pageSize, 1, ArticlesApi.MaxPageSize));
                return TypedResults.Ok(new ArticlePageDto(result.Total, result.PageNumber, result.PageSize, result.Items.Select(ArticleSummaryDto.From).ToList()));
            })
            .WithTags("Editing")
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin, KbRoles.Editor));
        return endpoints;
    }
}
