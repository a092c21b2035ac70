using Microsoft.AspNetCore.Components.Authorization;

namespace KbSite.Accounts;

public static class AuthenticationStateExtensions
{
    /// <summary>The signed-in user's name, for revisions and the audit log.</summary>
    public static async Task<string> UserNameAsync(this Task<AuthenticationState>? state) =>
        (state is null ? null : (await state).User.Identity?.Name) ?? "unknown";
}
