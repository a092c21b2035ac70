namespace KbSite.EndToEnd;

/// <summary>Blazor's text inputs (rendered without a type) look like every other field.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class FormStylingTests(LiveSite site)
{
    [Fact]
    public async Task Every_text_box_of_the_sign_in_form_is_styled_like_the_others()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login");

        var styles = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox])')].map(e => { const s = getComputedStyle(e); return s.borderTopStyle + ' ' + s.borderTopWidth + ' ' + s.borderTopColor + ' ' + s.paddingLeft + ' ' + s.borderTopLeftRadius; })");

        Assert.True(styles.Length >= 2, "the sign-in form has its email and password boxes");
        Assert.Single(styles.Distinct());
    }
}
