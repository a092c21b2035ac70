using System.Net;
using System.Text;
using System.Text.Json;
using KbSite.Content;
using KbSite.Editing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Hosting;

/// <summary>A test class with its own site (temp data folder, shipped content) and a client that does not follow redirects.</summary>
public abstract class SiteTest : IAsyncLifetime
{
    protected KbSiteFactory Site { get; } = new();

    protected HttpClient Client { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Site.ReadyAsync();
        Client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Site.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Imports Markdown articles (file name, text) into the site's store, as an upload does.</summary>
    protected Task<ImportReport> ImportAsync(params (string Name, string Text)[] files) =>
        Site.Services.GetRequiredService<ArticleImport>().ImportFilesAsync(files.Select(f => new ContentFile(f.Name, Encoding.UTF8.GetBytes(f.Text))), "test");

    /// <summary>GETs a JSON answer, checking it is a 200 of type application/json.</summary>
    protected async Task<JsonElement> GetJsonAsync(string url) => await ReadJsonAsync(await Client.GetAsync(url));

    protected static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
