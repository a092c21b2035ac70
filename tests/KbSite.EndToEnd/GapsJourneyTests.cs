using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>What readers could not find becomes an article: the loop from an unexplained paste to its answer.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class GapsJourneyTests(LiveSite site)
{
    private static string Paste(string server, int queue) =>
        $"Source: QuolloRelay\nEvent ID: 5151\nLevel: Error\nDescription:\nThe quollo relay on server {server} dropped queue {queue} after the link failed.";

    private static async Task PasteAsync(IPage reader, string text)
    {
        await reader.GotoAsync("/match");
        await reader.GetByLabel("Event text").FillAsync(text);
        await reader.GetByRole(AriaRole.Button, new() { Name = "Find the article" }).ClickAsync();
        await Assertions.Expect(reader.Locator("[data-focus-on-load]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_event_pasted_three_times_becomes_an_article_that_then_answers_the_paste_and_the_help_link()
    {
        var reader = await site.NewPageAsync();
        foreach (var (server, queue) in new[] { ("MAIL07", 3), ("HUB12", 40), ("GW3", 7) })
        {
            await PasteAsync(reader, Paste(server, queue));
        }

        // The gap is on the editors' list, once, counted three times (the recorder writes in the background).
        var editor = await site.SignedInPageAsync();
        var row = editor.Locator("table.gaps tr", new() { HasText = "QuolloRelay 5151" });
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await editor.GotoAsync("/admin/gaps?kind=paste&days=7");
            if (await row.CountAsync() == 1 && (await row.Locator("td[data-label=Times]").InnerTextAsync()).Trim() == "3")
            {
                break;
            }

            await Task.Delay(200);
        }

        await Assertions.Expect(row.Locator("td[data-label=Times]")).ToHaveTextAsync("3");
        await Assertions.Expect(row.Locator(".gaps__message")).ToHaveTextAsync("The quollo relay on server %1 dropped queue %2 after the link failed.");

        // "Write an article for this": the editor opens with the event row; the editor writes and publishes.
        await row.GetByRole(AriaRole.Link, new() { Name = "Write an article for this" }).ClickAsync();
        await Assertions.Expect(editor).ToHaveURLAsync(new Regex("/admin/articles/new\\?"));
        await Assertions.Expect(editor.GetByLabel("Source")).ToHaveValueAsync("QuolloRelay");
        await Assertions.Expect(editor.GetByLabel("Event ID")).ToHaveValueAsync("5151");
        await Assertions.Expect(editor.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(new Regex("^QuolloRelay event 5151"));
        await editor.GetByLabel("Article number").FillAsync("Q700515");
        await editor.GetByLabel("Title", new() { Exact = true }).FillAsync("The quollo relay drops a queue when its link fails");
        await editor.GetByLabel("Body").FillAsync("## Symptoms\n\nThe quollo relay drops a queue.\n\n## Resolution\n\nRestore the link.\n");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor).ToHaveURLAsync(new Regex("/admin/articles/Q700515/edit$"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".note--success").First).ToHaveTextAsync("Published: readers, search and matching see it now.");

        // The same paste now finds it first; the gap says so; Event Viewer's help link opens it.
        await PasteAsync(reader, Paste("EXCH9", 12));
        await Assertions.Expect(reader.Locator(".match .hit__title").First).ToHaveTextAsync("The quollo relay drops a queue when its link fails");
        await editor.GotoAsync("/admin/gaps?kind=paste&days=7");
        await Assertions.Expect(row.Locator(".gaps__answered")).ToHaveTextAsync("Answered by Q700515");
        await reader.GotoAsync("/eventviewer?ProdName=Quollo&ProdVer=1.0&EvtID=5151&EvtSrc=QuolloRelay&LCID=1033");
        await Assertions.Expect(reader).ToHaveURLAsync(new Regex("/articles/Q700515$"));

        // The reader says it helped.
        await reader.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
        await Assertions.Expect(reader.Locator(".feedback__thanks")).ToHaveTextAsync("Thank you: glad it helped.");
    }
}
