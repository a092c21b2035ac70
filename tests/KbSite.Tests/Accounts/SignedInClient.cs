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

    /// <summary>Signs in without a cookie jar and returns the cookies as a Cookie header, to be copied as a thief would.</summary>
    public static async Task<string> CookieHeaderAsync(KbSiteFactory site, string email, string password)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/login");
        var cookies = Cookies(page);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = AntiforgeryToken(await page.Content.ReadAsStringAsync()),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        return cookies + "; " + Cookies(signedIn);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);

    public static async Task<HttpClient> CreateAsync(KbSiteFactory site, string email, string password)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return client;
    }
}
