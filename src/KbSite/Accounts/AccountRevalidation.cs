using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

/// <summary>
/// Checks a signed-in editor's open page (a Blazor circuit) against the store every half minute: when the account is
/// disabled, demoted or signed out, the page loses its rights (writes are refused at once anyway, see AccountCheck).
/// </summary>
internal sealed class AccountRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KbUser>>();
        var account = await users.GetUserAsync(user);
        var claims = identity.Value.ClaimsIdentity;
        return account is { IsDisabled: false }
               && !await users.IsLockedOutAsync(account)
               && string.Equals(account.SecurityStamp, user.FindFirstValue(claims.SecurityStampClaimType), StringComparison.Ordinal)
               && (await users.GetRolesAsync(account)).All(role => user.IsInRole(role));
    }
}
