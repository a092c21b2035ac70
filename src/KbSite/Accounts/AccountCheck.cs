using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

/// <summary>
/// The rights of whoever is about to write, read fresh from the store at that moment: the account exists, is neither
/// disabled nor locked out, its sign-in has not been revoked (the security stamp in the cookie is still the account's),
/// and it holds one of the roles now. An editor disabled or demoted while a page stays open is refused at the next
/// write, not minutes later.
/// </summary>
public sealed class AccountCheck(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
{
    public const string Refused = "Your account may no longer do this (it was disabled, signed out elsewhere, or its role changed). Nothing was saved; sign in again.";

    /// <summary>The name to record the write under, or why the write is refused.</summary>
    public async Task<(string? Name, string? Refusal)> WriterAsync(Task<AuthenticationState>? state, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var user = state is null ? null : (await state).User;
        var claims = identity.Value.ClaimsIdentity;
        var id = user?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = user?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (id is null)
        {
            return (null, Refused);
        }

        // A scope of its own: a page's long-lived scope would answer from what it read when it opened.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KbUser>>();
        var account = await users.FindByIdAsync(id);
        var allowed = account is { IsDisabled: false }
                      && !await users.IsLockedOutAsync(account)
                      && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
                      && (await users.GetRolesAsync(account)).Any(roles.Contains);
        return allowed ? (account!.UserName ?? account.Email ?? id, null) : (null, Refused);
    }
}
