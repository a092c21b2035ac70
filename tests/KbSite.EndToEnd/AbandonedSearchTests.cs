using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>Search results a reader leaves without opening any reach the editors' gaps; opened ones do not.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class AbandonedSearchTests(LiveSite site)
{
    [Fact]
    public async Task Results_left_unopened_are_recorded_and_results_the_reader_opened_are_not()
    {
        var reader = await site.NewPageAsync();
        await reader.GotoAsync("/search?q=x.400+connector+password");
        await reader.Locator(".hit__title").First.ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(new Regex("/articles/"));

        await reader.GotoAsync("/search?q=mta+event+1004");
        await Assertions.Expect(reader.Locator(".hit__title").First).ToBeVisibleAsync();
        await reader.GotoAsync("/browse");

        var editor = await site.SignedInPageAsync();
        var queries = new List<string>();
        for (var attempt = 0; attempt < 50 && !queries.Contains("mta event 1004"); attempt++)
        {
            await Task.Delay(100);
            var answer = await editor.APIRequest.GetAsync("/api/admin/gaps?kind=search&pageSize=200");
            using var json = JsonDocument.Parse(await answer.TextAsync());
            queries = [.. json.RootElement.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("text").GetString()!)];
        }

        Assert.Contains("mta event 1004", queries);
        Assert.DoesNotContain("x.400 connector password", queries);
    }
}
