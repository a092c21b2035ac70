using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>
/// axe-core on every page, public and admin, with results shown: no violation of impact serious or critical. The
/// list of pages is the README's ("Accessibility").
/// </summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class AccessibilityTests(LiveSite site)
{
    public static readonly string[] PublicPages =
    [
        "/", "/browse", "/articles/Q152877", "/search?q=mta+hang", "/search?q=zzyzx+quarkled", "/match",
        "/match?source=MSExchangeMTA&eventid=1004", "/account/login", "/articles/Q9999999",
    ];

    public static readonly string[] AdminPages =
    [
        "/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/Q152877/edit", "/admin/articles/Q152877/history",
        "/admin/import", "/admin/users", "/admin/audit", "/admin/deleted",
        "/admin/gaps?kind=paste&days=0", "/admin/gaps?kind=search&days=0", "/admin/gaps?kind=articles&days=0",
    ];

    private static async Task<List<string>> SeriousViolationsAsync(IPage page, string url)
    {
        // label-content-name-mismatch is experimental in axe (off by default); buttons named unlike their text failed it.
        var result = await page.RunAxe(new AxeRunOptions
        {
            Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")
            .ToList();
    }

    [Fact]
    public async Task Public_pages_have_no_serious_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        var found = new List<string>();
        foreach (var url in PublicPages)
        {
            await page.GotoAsync(url);
            found.AddRange(await SeriousViolationsAsync(page, url));
        }

        // The match results, side by side and legend included.
        await page.GotoAsync("/match");
        await page.GetByLabel("Event text").FillAsync(SamplePastes.Event1277FromEventViewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the article" }).ClickAsync();
        await Assertions.Expect(page.Locator(".match").First).ToBeVisibleAsync();
        found.AddRange(await SeriousViolationsAsync(page, "/match (results)"));

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Admin_pages_have_no_serious_accessibility_violations()
    {
        var page = await site.SignedInPageAsync();
        // The gaps page with rows in it: an event nothing explains, a search that finds nothing, an unhelpful article.
        await page.APIRequest.PostAsync("/api/match", new() { DataObject = new { text = "Source: AxeRelay\nEvent ID: 777\nDescription:\nThe axe relay on HOST1 lost 3 items." } });
        await page.APIRequest.GetAsync("/api/search?q=zzaxeqq");
        await page.APIRequest.PostAsync("/api/feedback", new() { DataObject = new { number = "Q152877", helped = false }, Headers = new Dictionary<string, string> { ["X-KB-Feedback"] = "1" } });
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await page.GotoAsync("/admin/gaps?kind=paste&days=0");
            if (await page.Locator("table.gaps tbody tr").CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        var found = new List<string>();
        foreach (var url in AdminPages)
        {
            await page.GotoAsync(url);
            if (url.EndsWith("/edit", StringComparison.Ordinal) || url.EndsWith("/new", StringComparison.Ordinal))
            {
                // The editor as its users see it: interactive.
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();
            }

            found.AddRange(await SeriousViolationsAsync(page, url));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
