using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

[Collection(LiveSiteDefinition.Name)]
public sealed class EditingJourneyTests(LiveSite site)
{
    [Fact]
    public async Task An_admin_creates_publishes_finds_edits_and_compares_revisions()
    {
        var page = await site.NewPageAsync();

        // Sign in.
        await page.GotoAsync("/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync(LiveSite.AdminEmail);
        await page.GetByLabel("Password").FillAsync(LiveSite.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin" })).ToBeVisibleAsync();

        // Create an article with one event signature.
        await page.GotoAsync("/admin/articles/new");
        await page.GetByLabel("Article number").FillAsync("Q700123");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Zorbulator service stops after the nightly backup");
        await page.GetByLabel("Product").FillAsync("Microsoft Exchange");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add event" }).ClickAsync();
        await page.GetByLabel("Source").FillAsync("MSExchangeZorb");
        await page.GetByLabel("Event ID").FillAsync("4321");
        await page.GetByLabel("Message").FillAsync("The zorbulator service on server EXCH01 stopped after backup job 17 completed.");
        await page.GetByLabel("Body").FillAsync("## Symptoms\n\nThe **zorbulator** stops.\n");
        await Assertions.Expect(page.Locator(".preview strong")).ToHaveTextAsync("zorbulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/articles/Q700123/edit$"));

        // Publish it; it is searchable and matchable at once.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".note--success").First).ToHaveTextAsync("Published: readers, search and matching see it now.");
        var reader = await site.NewPageAsync();
        await reader.GotoAsync("/search?q=zorbulator");
        await Assertions.Expect(reader.Locator(".hit__title").First).ToHaveTextAsync("Zorbulator service stops after the nightly backup");
        await reader.GotoAsync("/match");
        await reader.GetByLabel("Event text").FillAsync("MSExchangeZorb Event ID 4321\nThe zorbulator service on server MAIL7 stopped after backup job 3 completed.");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Find the article" }).ClickAsync();
        await Assertions.Expect(reader.Locator(".match .hit__title").First).ToHaveTextAsync("Zorbulator service stops after the nightly backup");

        // Edit it, then compare the two revisions.
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Zorbulator service stops after a backup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".note--success").First).ToHaveTextAsync("Saved: readers see this version now.");
        await page.GotoAsync("/admin/articles/Q700123/history?from=2&to=3");
        await Assertions.Expect(page.Locator("table.revisions tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".diff__line--added")).ToContainTextAsync("Zorbulator service stops after a backup");
        await Assertions.Expect(page.Locator(".diff__line--removed")).ToContainTextAsync("Zorbulator service stops after the nightly backup");
    }
}
