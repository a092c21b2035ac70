using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

/// <summary>An administrator from configuration that could not be created would leave nobody able to sign in.</summary>
public sealed class AdminConfigurationTests
{
    [Theory]
    [InlineData("admin@example.test", "short", "too short")]
    [InlineData("not-an-address", "a long enough password", "not an email address")]
    [InlineData("admin@example.test", "", "Set both")]
    public void A_configured_administrator_that_cannot_work_stops_the_start_with_a_clear_message(string email, string password, string expected)
    {
        using var site = new KbSiteFactory();
        site.Settings["Kb:Admin:Email"] = email;
        site.Settings["Kb:Admin:Password"] = password;

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException a ? a.InnerExceptions.Single() : error);
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_valid_administrator_from_configuration_can_sign_in()
    {
        using var site = new KbSiteFactory();
        site.Settings["Kb:Admin:Email"] = "first.admin@example.test";
        site.Settings["Kb:Admin:Password"] = "ten chars!";
        await site.ReadyAsync();

        using var client = await SignedInClient.CreateAsync(site, "first.admin@example.test", "ten chars!");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }
}
