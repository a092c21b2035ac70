using KbSite.Accounts;
using KbSite.Editing;
using KbSite.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Articles;

public sealed class ArticlePageCacheTests : SiteTest
{
    [Fact]
    public async Task An_anonymous_article_page_is_served_from_the_cache_the_second_time()
    {
        var first = await Client.GetAsync("/articles/Q900130");
        var second = await Client.GetAsync("/articles/Q900130");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_to_the_article_evicts_its_cached_page_at_once()
    {
        await Client.GetStringAsync("/articles/Q900130");
        var writer = Site.Services.GetRequiredService<ArticleWriter>();
        var article = (await Site.Services.GetRequiredService<ArticleEditor>().LoadAsync("Q900130"))!;
        article.Title = "Retitled while cached";

        Assert.Equal(WriteStatus.Saved, (await writer.ChangeAsync(article, article.Version, "ed", "saved", null)).Status);

        Assert.Contains("Retitled while cached", await Client.GetStringAsync("/articles/Q900130"), StringComparison.Ordinal);
        await writer.DeleteAsync("Q900130", "ed");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await Client.GetAsync("/articles/Q900130")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_editors_and_pages_with_a_query_are_never_served_from_the_cache()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("cache@kbsite.test", "C", "cache-secret-1", KbRoles.Editor));
        }

        using var editor = await SignedInClient.CreateAsync(Site, "cache@kbsite.test", "cache-secret-1");
        await Client.GetAsync("/articles/Q900130");

        Assert.Null((await editor.GetAsync("/articles/Q900130")).Headers.Age);
        Assert.Null((await Client.GetAsync("/articles/Q900130?fresh=1")).Headers.Age);
    }
}
