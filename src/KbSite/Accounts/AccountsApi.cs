using KbSite.Hosting;
using Microsoft.AspNetCore.Identity;

namespace KbSite.Accounts;

/// <summary>An account as GET /api/admin/users shows it.</summary>
public sealed record UserDto(string Id, string? Email, string Name, string Role, bool Disabled);

public static class AccountsApi
{
    /// <summary>GET /api/admin/users (Admin) and POST /account/logout (a form with an antiforgery token, as every form here).</summary>
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/users", async (AccountService accounts) =>
                TypedResults.Ok((await accounts.ListAsync()).Select(u => new UserDto(u.User.Id, u.User.Email, u.User.DisplayName, u.Role, u.User.IsDisabled)).ToList()))
            .WithTags("Accounts")
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin));

        endpoints.MapPost("/account/logout", async (HttpContext http, SignInManager<KbUser> signIn, UserManager<KbUser> users) =>
        {
            if (await AntiforgeryCheck.RefuseAsync(http) is { } refused)
            {
                return refused;
            }

            // A new security stamp revokes this sign-in everywhere: a copy of the cookie no longer works.
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).DisableAntiforgery();
        return endpoints;
    }
}
