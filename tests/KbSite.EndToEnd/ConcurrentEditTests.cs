using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

[Collection(LiveSiteDefinition.Name)]
public sealed class ConcurrentEditTests(LiveSite site)
{
    [Fact]
    public async Task The_second_save_is_refused_with_the_other_change_shown_and_the_text_kept()
    {
        var first = await site.SignedInPageAsync();
        var second = await site.SignedInPageAsync();
        await first.GotoAsync("/admin/articles/Q900141/edit");
        await second.GotoAsync("/admin/articles/Q900141/edit");
        // Both editors hold the same version once interactive (the interactive render loads the article again).
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();

        await first.GetByLabel("Title", new() { Exact = true }).FillAsync("IIS: W3SVC Event 101 for a virtual directory whose folder is gone");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(first.Locator(".note--success").First).ToContainTextAsync("Saved");

        await second.GetByLabel("Fixed in").FillAsync("Nothing to fix: configuration");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(second.Locator(".note").First).ToContainTextAsync("while you were editing");
        // Their change: the title, and the modified date their save of a published article set.
        await Assertions.Expect(second.Locator(".conflict .diff__line--added").Filter(new() { HasText = "title:" })).ToContainTextAsync("for a virtual directory whose folder is gone");
        await Assertions.Expect(second.Locator(".conflict .diff__line--added").Filter(new() { HasText = "modified:" })).ToHaveCountAsync(1);
        await Assertions.Expect(second.GetByLabel("Fixed in")).ToHaveValueAsync("Nothing to fix: configuration");
        await Assertions.Expect(second).ToHaveURLAsync(new Regex("/admin/articles/Q900141/edit$"));
    }

    [Fact]
    public async Task Classic_text_fills_the_new_article_form()
    {
        var page = await site.SignedInPageAsync();
        await page.GotoAsync("/admin/articles/new");
        // The form is enabled once the page is interactive; opening the box before that would be undone by the first render.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();

        await page.Locator("details.classic-paste summary").ClickAsync();
        await page.GetByLabel("Classic KB text").FillAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Q152877.flat.txt")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill the form" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("XCON: Unexpected event ID's 1004, 1008, 1277, and 1198");
        await Assertions.Expect(page.Locator(".event-row")).ToHaveCountAsync(4);
    }
}
