using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>At a phone's width (390 x 844) no page scrolls sideways, whatever it shows, and an article shows its body first.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class PhoneLayoutTests(LiveSite site)
{
    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-6).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width))");
        Assert.True(scroll <= client, $"{what}: the page is {scroll} px wide in a {client} px window; widest: {string.Join(" | ", wide)}");
    }

    public static TheoryData<string> Pages => new()
    {
        "/",
        "/articles/Q152877",
        "/browse",
        "/search?q=mta+hang",
        "/search?q=" + string.Concat(Enumerable.Repeat("zzyzxquarkled", 230)),
        "/search?q=" + string.Join('+', Enumerable.Repeat("/O=Organization/OU=Site/CN=CONFIGURATION/CN=SERVERS/CN=MICROSOFT", 40)),
        "/match",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_scrolls_sideways_on_a_phone(string url)
    {
        var page = await site.NewPageAsync(390, 844);

        await page.GotoAsync(url);

        await AssertNoSidewaysScrollAsync(page, url[..Math.Min(60, url.Length)]);
    }

    [Fact]
    public async Task Match_results_for_a_long_paste_do_not_scroll_sideways_on_a_phone()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/match");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Find the article" })).ToBeEnabledAsync();
        var paste = SamplePastes.Event1277FromEventViewer + "\n" + string.Concat(Enumerable.Repeat(" /O=Contoso/OU=Paris/CN=Configuration/CN=Servers/CN=PARMAIL3/CN=Microsoft-MTA-with-a-long-name", 30));

        await page.GetByLabel("Event text").FillAsync(paste);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the article" }).ClickAsync();
        await Assertions.Expect(page.Locator(".match").First).ToBeVisibleAsync();

        await AssertNoSidewaysScrollAsync(page, "match results");
    }

    [Fact]
    public async Task An_article_shows_its_body_before_its_facts_on_a_phone()
    {
        var page = await site.NewPageAsync(390, 844);

        await page.GotoAsync("/articles/Q152877");

        var body = await page.Locator(".article__body").BoundingBoxAsync();
        var facts = await page.Locator(".article-facts").BoundingBoxAsync();
        Assert.True(body!.Y < facts!.Y, $"body at {body.Y}, facts at {facts.Y}");
    }
}
