using KbSite.Accounts;
using KbSite.Admin;
using KbSite.Articles;
using KbSite.Components;
using KbSite.Editing;
using KbSite.Hosting;
using KbSite.Matching;
using KbSite.Search;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.WebHost.UseStaticWebAssets(); // the repo-root wwwroot/ in every environment, not only Development
builder.AddKbStore().AddKbAccounts();
builder.Services.AddArticles().AddKbSearch().AddKbMatching().AddKbEditing();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
if (command.IsCommand)
{
    return await command.RunAsync(app.Services);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication().UseAuthorization().UseAntiforgery();

app.MapStaticAssets();
app.MapHealth();
app.MapArticlesApi().MapSearchApi().MapMatchApi().MapAdminApi().MapImportExport().MapAccounts();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
