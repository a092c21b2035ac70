using KbSite.Accounts;
using KbSite.Articles;
using KbSite.Components;
using KbSite.Content;
using KbSite.Editing;
using KbSite.Gaps;
using KbSite.Hosting;
using KbSite.Matching;
using KbSite.Search;
using KbSite.Startup;

// A command-line verb (import, create-admin) runs on a plain host of its own: no web host, no search index.
if (KbCommandLine.Parse(args) is { } command)
{
    return await command.RunAsync(Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets(); // the repo-root wwwroot/ in every environment, not only Development
builder.AddKbHosting().AddKbAccounts();
builder.Services.AddKbArticles().AddKbSearch().AddKbMatching().AddKbEditing().AddKbContent().AddKbGaps().AddKbStartup();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseKbHosting();
app.UseAuthentication().UseAuthorization().UseAntiforgery().UseArticlePageCache();

app.MapStaticAssets();
app.MapHealthApi().MapArticlesApi().MapSearchApi().MapMatchApi().MapEditingApi().MapContentApi().MapGapsApi().MapAccountsApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().CacheOutput(ArticlePageCache.PolicyName);

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
