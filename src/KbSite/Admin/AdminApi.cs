using KbSite.Accounts;
using KbSite.Articles;

namespace KbSite.Admin;

public static class AdminApi
{
    /// <summary>GET /api/admin/articles (Editor or Admin) and GET /api/admin/users (Admin); 401 without sign-in, 403 without the role.</summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/admin").WithTags("Admin");
        api.MapGet("/articles", async (ArticleAdminQueries queries, string? state, string? product, string? text, int page = 1, int pageSize = 20) =>
            {
                ArticleState? s = Enum.TryParse<ArticleState>(state, ignoreCase: true, out var parsed) ? parsed : null;
                var result = await queries.PageAsync(s, product, text, page, Math.Clamp(pageSize, 1, 100));
                return Results.Ok(new { total = result.Total, page = result.PageNumber, pageSize = result.PageSize, items = result.Items.Select(ArticleSummaryDto.From) });
            })
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin, KbRoles.Editor));
        api.MapGet("/users", async (AccountService accounts) =>
                Results.Ok((await accounts.ListAsync()).Select(u => new { id = u.User.Id, email = u.User.Email, name = u.User.DisplayName, role = u.Role, disabled = u.User.IsDisabled })))
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin));
        return endpoints;
    }
}
