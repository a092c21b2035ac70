using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

[Collection(LiveSiteDefinition.Name)]
public sealed class PasteJourneyTests(LiveSite site)
{
    private const string Event1277 = SamplePastes.Event1277FromEventViewer;

    [Fact]
    public async Task A_troubleshooter_pastes_event_1277_from_Event_Viewer_and_sees_Q152877_first_with_its_reasons()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Paste an event" }).ClickAsync();
        await page.GetByLabel("Event text").FillAsync(Event1277);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the article" }).ClickAsync();

        var parsed = page.Locator(".parsed-events tbody tr").First;
        await Assertions.Expect(parsed).ToContainTextAsync("MSExchangeMTA");
        await Assertions.Expect(parsed).ToContainTextAsync("1277");
        await Assertions.Expect(parsed).ToContainTextAsync("event-viewer");
        var first = page.Locator(".match").First;
        await Assertions.Expect(first.Locator(".hit__title")).ToHaveTextAsync("XCON: Unexpected event ID's 1004, 1008, 1277, and 1198");
        await Assertions.Expect(first.Locator(".reasons")).ToContainTextAsync("same event id (1277)");
        await Assertions.Expect(first.Locator(".tok--differs").First).ToBeVisibleAsync();

        await first.Locator(".hit__title").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/Q152877$"));
    }

    [Fact]
    public async Task The_messages_side_by_side_read_and_copy_as_the_text_that_was_pasted()
    {
        const string message = "An interoperability error occurred. Session error: the remotely initiated transport connection was refused. Control block index 11. Type1[/O=Contoso/OU=London/CN=Configuration/CN=Servers/CN=LONMAIL2/CN=Microsoft MTA PLATFORM KERNEL] (14)";
        var page = await site.NewPageAsync();
        await page.GotoAsync("/match");
        await page.GetByLabel("Event text").FillAsync("MSExchangeMTA Event ID 1277\n" + message);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the article" }).ClickAsync();

        var pasted = page.Locator(".match").First.Locator(".side-by-side .aligned").Nth(1);
        await Assertions.Expect(pasted).ToBeVisibleAsync();

        Assert.Equal(message, (await pasted.InnerTextAsync()).Trim());
        await Assertions.Expect(page.Locator(".match").First.Locator(".legend")).ToContainTextAsync("a value that differs");
    }
}
