using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using KbSite.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Accounts;

/// <summary>Anonymous, editor and admin against every admin page and API.</summary>
public sealed class AuthorizationMatrixTests : SiteTest
{
    private const string AdminEmail = "admin@kbsite.test";
    private const string EditorEmail = "editor@kbsite.test";
    private const string Password = "correct-horse-battery";

    public static TheoryData<string> AdminPages => new() { "/admin/users", "/admin/audit", "/admin/deleted" };

    public static TheoryData<string> EditorPages => new()
    {
        "/admin", "/admin/articles", "/admin/articles?state=Draft", "/admin/articles/new", "/admin/articles/Q152877/edit", "/admin/articles/Q152877/history", "/admin/import",
    };

    private async Task<HttpClient> SignInAsync(string role)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var email = role == KbRoles.Admin ? AdminEmail : EditorEmail;
        var errors = await accounts.CreateAsync(email, role, Password, role);
        Assert.Empty(errors);
        return await SignedInClient.CreateAsync(Site, email, Password);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    [MemberData(nameof(EditorPages))]
    public async Task Anonymous_users_are_sent_to_sign_in_from_admin_pages(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/admin/articles")]
    [InlineData("/api/admin/users")]
    public async Task Anonymous_calls_to_admin_apis_get_401(string url)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Editors_open_the_content_pages(string url)
    {
        using var editor = await SignInAsync(KbRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_editor_takes_back_the_delete_they_just_made_from_the_list()
    {
        var deleted = await Site.Services.GetRequiredService<KbSite.Editing.ArticleWriter>().DeleteAsync("Q900161", "editor");
        using var editor = await SignInAsync(KbRoles.Editor);
        var url = $"/admin/articles?deleted=Q900161&version={deleted.Version}";
        var page = await editor.GetStringAsync(url);
        Assert.Contains("Q900161 deleted", page, StringComparison.Ordinal);

        var response = await editor.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "undo-delete",
            ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(page),
            ["Undo"] = $"Q900161:{deleted.Version}",
        }));

        Assert.Contains("Q900161 is back", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/articles/Q900161")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_editors_get_an_edit_link_on_the_public_article_page_and_readers_do_not()
    {
        using var editor = await SignInAsync(KbRoles.Editor);

        var page = await editor.GetStringAsync("/articles/Q152877");
        Assert.Contains("href=\"/admin/articles/Q152877/edit\"", page, StringComparison.Ordinal);
        Assert.Contains("kbExchange400", page, StringComparison.Ordinal); // the archive's filing tags, for editors only
        Assert.DoesNotContain("/admin/articles/Q152877/edit", await Client.GetStringAsync("/articles/Q152877"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_restores_a_deleted_article()
    {
        await Site.Services.GetRequiredService<KbSite.Editing.ArticleWriter>().DeleteAsync("Q900161", "someone");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/articles/Q900161")).StatusCode);
        using var admin = await SignInAsync(KbRoles.Admin);
        var page = await admin.GetStringAsync("/admin/deleted");

        var response = await admin.PostAsync("/admin/deleted", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "restore-deleted",
            ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(page),
            ["Restore"] = "Q900161:2",
        }));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("Q900161 restored.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/articles/Q900161")).StatusCode);
    }

    [Fact]
    public async Task Editors_cannot_manage_users()
    {
        using var editor = await SignInAsync(KbRoles.Editor);
        Assert.Equal(HttpStatusCode.Found, (await editor.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await editor.GetAsync("/admin/deleted")).StatusCode);

        var page = await editor.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.Contains("/account/denied", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/admin/articles")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    [MemberData(nameof(EditorPages))]
    public async Task Admins_open_every_admin_page(string url)
    {
        using var admin = await SignInAsync(KbRoles.Admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Admins_call_every_admin_api()
    {
        using var admin = await SignInAsync(KbRoles.Admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/articles")).StatusCode);
    }

    [Fact]
    public async Task The_admin_article_list_shows_drafts_that_readers_never_see()
    {
        await ImportAsync(("d.md", "---\nid: Q800100\ntitle: Only a draft\nstate: draft\n---\nx\n"));
        using var editor = await SignInAsync(KbRoles.Editor);

        Assert.Contains("Q800100", await editor.GetStringAsync("/admin/articles?state=Draft"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/articles/Q800100")).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_do_not_lock_the_owner_out()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(EditorEmail, "", Password, KbRoles.Editor));
        }

        for (var i = 0; i < 6; i++)
        {
            var wrong = await SignedInClient.PostLoginAsync(Client, EditorEmail, "wrong-password-" + i);
            Assert.Contains(LoginPage.Failed, System.Net.WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var owner = await SignedInClient.PostLoginAsync(Client, EditorEmail, Password);
        Assert.Equal(HttpStatusCode.Found, owner.StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_and_a_wrong_password_get_the_same_answer()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(EditorEmail, "", Password, KbRoles.Editor));
        }

        var known = await SignedInClient.PostLoginAsync(Client, EditorEmail, "wrong-password");
        var unknown = await SignedInClient.PostLoginAsync(Client, "nobody@kbsite.test", "wrong-password");

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Contains(LoginPage.Failed, System.Net.WebUtility.HtmlDecode(await known.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(LoginPage.Failed, System.Net.WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_sign_ins_from_one_address_are_answered_429_with_retry_after()
    {
        HttpResponseMessage? last = null;
        for (var i = 0; i < 25 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await SignedInClient.PostLoginAsync(Client, $"guess{i}@kbsite.test", "wrong-password");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Contains("Too many sign-in attempts", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        string id;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.Empty(await accounts.CreateAsync(EditorEmail, "", Password, KbRoles.Editor));
            id = (await accounts.ListAsync()).Single(u => u.User.Email == EditorEmail).User.Id;
            Assert.Empty(await accounts.SetDisabledAsync(id, disabled: true));
        }

        var response = await SignedInClient.PostLoginAsync(Client, EditorEmail, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginPage.Failed, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var response = await Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = AdminEmail,
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_an_editor_through_the_users_page()
    {
        using var admin = await SignInAsync(KbRoles.Admin);
        var token = SignedInClient.AntiforgeryToken(await admin.GetStringAsync("/admin/users"));

        var response = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "add-user",
            ["__RequestVerificationToken"] = token,
            ["NewUser.Email"] = "new.editor@kbsite.test",
            ["NewUser.DisplayName"] = "New Editor",
            ["NewUser.Password"] = "another-long-password",
            ["NewUser.Role"] = KbRoles.Editor,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Added new.editor@kbsite.test.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await admin.GetStringAsync("/admin/audit?target=new.editor@kbsite.test");
        Assert.Contains("user-added", audit, StringComparison.Ordinal);
        Assert.Contains(AdminEmail, audit, StringComparison.Ordinal);
        using var newcomer = await SignedInClient.CreateAsync(Site, "new.editor@kbsite.test", "another-long-password");
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/admin/articles")).StatusCode);
    }

    [Fact]
    public async Task An_admin_sets_a_role_and_disables_an_account_on_the_users_page()
    {
        using var admin = await SignInAsync(KbRoles.Admin);
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(EditorEmail, "", Password, KbRoles.Editor));
        }

        var page = await admin.GetStringAsync("/admin/users");
        static string IdOf(string html) => System.Text.RegularExpressions.Regex.Matches(html, "value=\"disable:([^\"]+)\"").Select(m => m.Groups[1].Value).Last();
        var editorId = IdOf(page);

        var promoted = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "user-action",
            ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(page),
            ["Act.Command"] = "role:" + editorId,
            [$"Act.Roles[{editorId}]"] = KbRoles.Admin,
        }));
        Assert.Contains("Saved.", await promoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var disabled = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "user-action",
            ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(page),
            ["Act.Command"] = "disable:" + editorId,
        }));
        Assert.Contains("Disabled", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(LoginPage.Failed, System.Net.WebUtility.HtmlDecode(await (await SignedInClient.PostLoginAsync(Client, EditorEmail, Password)).Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var admin = await SignInAsync(KbRoles.Admin);
        var token = SignedInClient.AntiforgeryToken(await admin.GetStringAsync("/admin"));

        var response = await admin.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/admin/articles")).StatusCode);
    }

    private async Task<HttpResponseMessage> GetWithCookiesAsync(string url, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookies);
        using var client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await client.SendAsync(request);
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync()).Single(u => u.User.Email == email).User.Id;
    }

    [Fact]
    public async Task Signing_out_revokes_a_copy_of_the_cookie()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(AdminEmail, "", Password, KbRoles.Admin));
        }

        var cookies = await SignedInClient.CookieHeaderAsync(Site, AdminEmail, Password);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookiesAsync("/api/admin/users", cookies)).StatusCode);
        var token = SignedInClient.AntiforgeryToken(await (await GetWithCookiesAsync("/admin", cookies)).Content.ReadAsStringAsync());

        using (var logout = new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }) })
        {
            logout.Headers.Add("Cookie", cookies);
            using var client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(logout)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookiesAsync("/api/admin/users", cookies)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_editor_is_refused_at_the_next_request()
    {
        using var editor = await SignInAsync(KbRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/admin/articles")).StatusCode);

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(await IdOfAsync(EditorEmail), disabled: true));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.GetAsync("/api/admin/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await editor.GetAsync("/admin/articles")).StatusCode);
    }

    [Fact]
    public async Task A_demoted_admin_loses_admin_rights_at_the_next_request()
    {
        using var admin = await SignInAsync(KbRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().SetRoleAsync(await IdOfAsync(AdminEmail), KbRoles.Editor));
        }

        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);
    }
}
