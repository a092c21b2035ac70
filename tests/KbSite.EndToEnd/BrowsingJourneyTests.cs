using Microsoft.Playwright;

namespace KbSite.EndToEnd;

[Collection(LiveSiteDefinition.Name)]
public sealed class BrowsingJourneyTests(LiveSite site)
{
    [Fact]
    public async Task A_reader_opens_home_goes_to_Q152877_and_sees_the_event_table()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find the article that explains it" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Microsoft Exchange", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/browse/Microsoft%20Exchange$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "XCON: Unexpected event ID's 1004, 1008, 1277, and 1198" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/Q152877$"));
        // The body prints the events under Symptoms; the table of signatures is folded below it, not shown twice.
        var table = page.Locator("table.event-table");
        await Assertions.Expect(table).ToBeHiddenAsync();
        await page.GetByText("Event signatures (4)").ClickAsync();
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(table.Locator("td.event-id")).ToHaveTextAsync(["1004", "1008", "1277", "1198"]);
        await Assertions.Expect(page.Locator(".article-facts")).ToContainTextAsync("Microsoft Exchange Server 4.0 U.S. Service Pack 2");
    }

    [Fact]
    public async Task The_article_reads_on_a_phone_with_the_events_stacked()
    {
        var page = await site.NewPageAsync(width: 390, height: 844);

        await page.GotoAsync("/articles/KB152877");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/Q152877$"));
        await page.GetByText("Event signatures (4)").ClickAsync();
        var firstCell = page.Locator("table.event-table td.event-id").First;
        await Assertions.Expect(firstCell).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page is {scrollWidth}px wide on a 390px phone");
    }

    [Fact]
    public async Task Slash_focuses_the_search_box()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/articles/Q152877");

        await page.Locator("body").PressAsync("/");

        await Assertions.Expect(page.Locator("#site-search-q")).ToBeFocusedAsync();
    }
}
