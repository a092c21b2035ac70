using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>The site by keyboard: the first Tab reaches "Skip to content"; a paste is submitted with Ctrl+Enter and the focus lands on what was found.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class KeyboardTests(LiveSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/Q152877")]
    [InlineData("/match")]
    public async Task The_first_tab_on_a_page_reaches_skip_to_content(string url)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(url);

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to content", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
    }

    [Fact]
    public async Task Ctrl_Enter_submits_the_paste_and_the_focus_lands_on_the_results_that_say_what_was_found()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/match");
        var box = page.GetByLabel("Event text");
        await box.FillAsync(SamplePastes.Event1277FromEventViewer);

        await box.PressAsync("Control+Enter");

        var summary = page.Locator(".match-results [role=status]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ articles? explains? the pasted event\.$"));
    }
}
