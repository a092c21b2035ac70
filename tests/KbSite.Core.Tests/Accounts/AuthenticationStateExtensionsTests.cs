using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace KbSite.Accounts;

public sealed class AuthenticationStateExtensionsTests
{
    [Fact]
    public async Task Revisions_and_the_audit_log_name_the_signed_in_user()
    {
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ann@kb.test")], "cookie"));

        Assert.Equal("ann@kb.test", await Task.FromResult(new AuthenticationState(signedIn)).UserNameAsync());
    }

    [Fact]
    public async Task Without_a_user_the_name_is_unknown()
    {
        Assert.Equal("unknown", await ((Task<AuthenticationState>?)null).UserNameAsync());
        Assert.Equal("unknown", await Task.FromResult(new AuthenticationState(new ClaimsPrincipal())).UserNameAsync());
    }
}
