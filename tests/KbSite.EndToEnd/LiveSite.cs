using System.Net;
using KbSite.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KbSite.EndToEnd;

/// <summary>
/// The real site on Kestrel at a free 127.0.0.1 port, seeded from the shipped content, and Debian's Chromium driven by
/// Playwright. Never downloads a browser: the executable is /usr/bin/chromium (override with KB_CHROMIUM).
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public const string AdminEmail = "admin@kbsite.test";
    public const string AdminPassword = "end-to-end-secret";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Kb:DataDir", _data.Path);
            b.UseSetting("Kb:ContentDir", Fixture.ShippedContentDir);
            b.UseSetting("Kb:Admin:Email", AdminEmail);
            b.UseSetting("Kb:Admin:Password", AdminPassword);
        });
        _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await _factory.Services.GetRequiredService<StoreReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("KB_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in through the sign-in form (as the administrator unless told), on the admin home.</summary>
    public async Task<IPage> SignedInPageAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin" })).ToBeVisibleAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiteDefinition : ICollectionFixture<LiveSite>
{
    public const string Name = "Live site";
}
