using KbSite.Accounts;
using KbSite.Articles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>Rights taken away while an editor's page stays open, and the site's own pages under its content security policy.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class RevokedRightsTests(LiveSite site)
{
    [Fact]
    public async Task An_editor_disabled_while_the_editor_is_open_cannot_save_and_keeps_the_text()
    {
        const string email = "soon-disabled@kbsite.test", password = "soon-disabled-secret";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, "Soon", password, KbRoles.Editor));
        }

        var page = await site.SignedInPageAsync(email, password);
        await page.GotoAsync("/admin/articles/Q900130/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var id = (await accounts.ListAsync()).Single(u => u.User.Email == email).User.Id;
            Assert.Empty(await accounts.SetDisabledAsync(id, disabled: true, "admin"));
        }

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Changed by a disabled editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".note").First).ToContainTextAsync("may no longer do this");
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Changed by a disabled editor");
        var stored = await site.Services.GetRequiredService<ArticleQueries>().FindPublicAsync("Q900130");
        Assert.NotEqual("Changed by a disabled editor", stored!.Title);
    }

    [Fact]
    public async Task Pages_and_the_interactive_editor_run_under_the_content_security_policy()
    {
        var page = await site.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var url in new[] { "/", "/articles/Q152877", "/search?q=mta", "/match", "/account/login" })
        {
            await page.GotoAsync(url);
        }

        await page.GetByLabel("Email").FillAsync(LiveSite.AdminEmail);
        await page.GetByLabel("Password").FillAsync(LiveSite.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync("/admin/articles/Q152877/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();
        await page.GetByLabel("Body").FillAsync("## Symptoms\n\n**bold** preview");
        await Assertions.Expect(page.Locator(".preview strong")).ToHaveTextAsync("bold");

        Assert.Empty(violations);
    }
}
