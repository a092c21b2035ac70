using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KbSite.Accounts;
using KbSite.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Matching;

/// <summary>Event Viewer's "Event Log Online Help" link pointed at KbSite, with the query strings Windows sends.</summary>
public sealed class EventViewerHelpTests : SiteTest
{
    [Theory]
    // Windows Vista and later.
    [InlineData("/eventviewer?ProdName=Microsoft%c2%ae+Exchange&ProdVer=4.0&EvtID=1198&EvtSrc=MSExchangeMTA&LCID=1033")]
    // Windows XP and Server 2003 add file and company names; any case is accepted.
    [InlineData("/eventviewer?EvtSrc=msexchangemta&EvtID=1198&EvtType=Error&ProdName=Microsoft+Exchange&ProdVer=4.0&FileName=emsmta.exe&FileVer=4.0.837&CoName=Microsoft+Corporation")]
    [InlineData("/EVENTVIEWER?evtsrc=MSExchangeMTA&EVTID=1198&prodname=x&lcid=1031")]
    public async Task An_event_with_one_article_opens_it(string url)
    {
        var answer = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/articles/Q152877", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_event_with_several_articles_lists_them()
    {
        var answer = await Client.GetAsync("/eventviewer?ProdName=Microsoft+Exchange&ProdVer=4.0&EvtID=1277&EvtSrc=MSExchangeMTA&LCID=1033");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var page = await Client.GetStringAsync(answer.Headers.Location!.OriginalString);
        Assert.Contains("/articles/Q152877", page, StringComparison.Ordinal);
        Assert.Contains("/articles/Q900112", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_no_article_explains_says_so_offers_the_paste_page_and_becomes_a_gap()
    {
        var answer = await Client.GetAsync("/eventviewer?ProdName=Contoso+Relay&ProdVer=2.1&EvtID=40404&EvtSrc=Microsoft-Windows-ContosoRelay&LCID=1033");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var page = await Client.GetStringAsync(answer.Headers.Location!.OriginalString);
        Assert.Contains("No article has an event signature with this source and id", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/match\"", page, StringComparison.Ordinal);

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("editor@kbsite.test", "Editor", "correct-horse-battery", KbRoles.Editor));
        }

        using var editor = await SignedInClient.CreateAsync(Site, "editor@kbsite.test", "correct-horse-battery");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonElement gaps;
        do
        {
            gaps = await editor.GetFromJsonAsync<JsonElement>("/api/admin/gaps?kind=paste");
        }
        while (gaps.GetProperty("total").GetInt32() == 0 && DateTime.UtcNow < deadline && await Task.Delay(50).ContinueWith(_ => true));

        var gap = gaps.GetProperty("items")[0];
        Assert.Equal(("ContosoRelay", 40404), (gap.GetProperty("source").GetString(), gap.GetProperty("eventId").GetInt32()));
    }

    [Theory]
    [InlineData("/eventviewer?EvtSrc=Microsoft.SqlServer.Management.Smo&EvtID=Drop+Job&ProdName=Microsoft+SQL+Server", "/search?q=Microsoft.SqlServer.Management.Smo%20Drop%20Job")]
    [InlineData("/eventviewer?EvtID=1277", "/match?eventId=1277")]
    [InlineData("/eventviewer", "/match")]
    public async Task What_is_not_a_source_and_event_number_becomes_a_search_or_the_paste_page(string url, string expected)
    {
        var answer = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(expected, answer.Headers.Location!.OriginalString);
    }
}
