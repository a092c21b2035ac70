using KbSite.Hosting;
using Microsoft.AspNetCore.Identity;

namespace KbSite.Accounts;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout (a form with an antiforgery token, as every form here).</summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext http, SignInManager<KbUser> signIn) =>
        {
            if (await AntiforgeryCheck.RefuseAsync(http) is { } refused)
            {
                return refused;
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).DisableAntiforgery();
        return endpoints;
    }
}
