using System.Net;
using System.Text.RegularExpressions;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KbSite.Accounts;

/// <summary>Signs a test client in through the real sign-in form, antiforgery token and all.</summary>
internal static partial class SignedInClient
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static string AntiforgeryToken(string html)
    {
        var m = Token().Match(html);
        Assert.True(m.Success, "the page has an antiforgery token");
        return m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var token = AntiforgeryToken(await client.GetStringAsync("/account/login"));
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<HttpClient> CreateAsync(KbSiteFactory site, string email, string password)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return client;
    }
}
