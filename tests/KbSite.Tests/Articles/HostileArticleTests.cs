using System.Net;
using KbSite.Accounts;
using KbSite.Articles.Store;
using KbSite.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Articles;

/// <summary>Articles stored before today's rules (or by a bug): every page that shows them still answers.</summary>
public sealed class HostileArticleTests : SiteTest
{
    private async Task StoreDirectlyAsync(string number, string body)
    {
        // Straight into the store, past the rules that would refuse it now.
        await using var db = await Site.Services.GetRequiredService<IDbContextFactory<KbDbContext>>().CreateDbContextAsync();
        db.Articles.Add(new Article { Number = number, Title = "Hostile " + number, Body = body, State = ArticleState.Published, Version = 1 });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("Q830001", 100_000, '>')]
    [InlineData("Q830002", 200_000, '[')]
    public async Task A_deeply_nested_body_is_shown_as_plain_text_and_can_still_be_edited(string number, int count, char c)
    {
        await StoreDirectlyAsync(number, new string(c, count) + " tail");
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("hostile@kbsite.test", "H", "hostile-secret-1", KbRoles.Editor));
        }

        var page = await Client.GetAsync($"/articles/{number}");
        using var editor = await SignedInClient.CreateAsync(Site, "hostile@kbsite.test", "hostile-secret-1");
        var edit = await editor.GetAsync($"/admin/articles/{number}/edit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("class=\"plain-text\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
    }
}
