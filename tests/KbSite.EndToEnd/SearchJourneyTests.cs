using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

[Collection(LiveSiteDefinition.Name)]
public sealed class SearchJourneyTests(LiveSite site)
{
    [Fact]
    public async Task A_reader_types_a_query_sees_the_highlighted_result_and_opens_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("body").PressAsync("/");
        await page.Keyboard.TypeAsync("mta hang");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=mta(\+|%20)hang"));
        var first = page.Locator(".hit").First;
        await Assertions.Expect(first.Locator(".hit__title")).ToHaveTextAsync("XCON: Unexpected event ID's 1004, 1008, 1277, and 1198");
        await Assertions.Expect(page.Locator(".hit__snippet mark").First).ToBeVisibleAsync();

        await first.Locator(".hit__title").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/Q152877$"));
        await Assertions.Expect(page.Locator("table.event-table tbody tr")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task A_facet_narrows_the_results()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?q=event");

        await page.Locator(".facet").GetByRole(AriaRole.Link, new() { Name = "Microsoft SQL Server" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("product=Microsoft(%20|\\+)SQL(%20|\\+)Server"));
        var products = await page.Locator(".hit .article-list__meta span:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(products);
        Assert.All(products, p => Assert.StartsWith("Microsoft SQL Server", p, StringComparison.Ordinal));
    }
}
