using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KbSite.Accounts;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout (a form with an antiforgery token, as every form here).</summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<KbUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        });
        return endpoints;
    }
}
