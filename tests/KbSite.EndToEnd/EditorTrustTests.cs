using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>State changes that say what they do: restore keeps a live article live, dates are set, Retire and Delete ask first, Delete can be undone, retired articles are marked.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class EditorTrustTests(LiveSite site)
{
    private static async Task CreateAndPublishAsync(IPage page, string number, string title)
    {
        await page.GotoAsync("/admin/articles/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();
        await page.GetByLabel("Article number").FillAsync(number);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Product").FillAsync("Microsoft Exchange");
        await page.GetByLabel("Body").FillAsync("## Symptoms\n\nThe quibblewick queue stops.\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/admin/articles/{number}/edit$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".note--success").First).ToContainTextAsync("Published");
    }

    [Fact]
    public async Task Restoring_a_drafts_revision_keeps_the_article_live_and_dated_and_says_so()
    {
        var page = await site.SignedInPageAsync();
        await CreateAndPublishAsync(page, "Q700201", "Quibblewick queue stops");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Quibblewick queue stops at night");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".note--success").First).ToContainTextAsync("Saved");

        await page.GotoAsync("/admin/articles/Q700201/history?from=1&to=3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore the content of revision 1" }).ClickAsync();

        await Assertions.Expect(page.Locator(".note--success")).ToHaveTextAsync("The content of revision 1 was restored as a new revision. The article is still published.");
        await Assertions.Expect(page.Locator("table.revisions tbody tr").First).ToContainTextAsync("restored revision 1");
        var reader = await site.NewPageAsync();
        var response = await reader.GotoAsync("/articles/Q700201");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quibblewick queue stops");
        await Assertions.Expect(reader.Locator(".article-facts")).ToContainTextAsync("Published");
        await Assertions.Expect(reader.Locator(".article-facts")).ToContainTextAsync("Last modified");
        await reader.GotoAsync("/");
        await Assertions.Expect(reader.Locator("[aria-labelledby=recent-heading]")).ToContainTextAsync("Quibblewick queue stops");
    }

    [Fact]
    public async Task Retire_asks_first_and_the_retired_article_is_marked_for_readers()
    {
        var page = await site.SignedInPageAsync();
        await CreateAndPublishAsync(page, "Q700202", "Flimflammer cache retires itself");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync("Retire Q700202?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, retire it" }).ClickAsync();
        await Assertions.Expect(page.Locator(".note--success").First).ToContainTextAsync("Retired");

        var reader = await site.NewPageAsync();
        await reader.GotoAsync("/search?q=flimflammer");
        await Assertions.Expect(reader.Locator(".hit").First.Locator(".badge--retired")).ToHaveTextAsync("Retired");
    }

    [Fact]
    public async Task Delete_asks_first_and_can_be_undone_from_the_list()
    {
        var page = await site.SignedInPageAsync();
        await CreateAndPublishAsync(page, "Q700203", "Snarfblat index is lost");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete it" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/articles\\?deleted=Q700203"));
        await Assertions.Expect(page.Locator(".note--success")).ToContainTextAsync("Q700203 deleted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.Locator(".note--success")).ToContainTextAsync("Q700203 is back");
        Assert.Equal(200, (await (await site.NewPageAsync()).GotoAsync("/articles/Q700203"))!.Status);
    }
}
