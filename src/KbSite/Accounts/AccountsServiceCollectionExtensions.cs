using KbSite.Hosting;
using KbSite.Store;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Identity on the site's store: cookie sign-in, Admin and Editor roles, lockout, the first admin from configuration.</summary>
    public static IHostApplicationBuilder AddKbAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Email) == string.IsNullOrWhiteSpace(o.Password), "Set both Kb:Admin:Email and Kb:Admin:Password, or neither.")
            .ValidateOnStart();

        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<KbUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (current NIST guidance): any 10 characters or more.
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KbDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "kbsite.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // APIs answer 401/403; pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });

        // Keys in the data folder: sign-in cookies and antiforgery tokens survive a restart.
        services.AddDataProtection().SetApplicationName("KbSite");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>().Configure<IOptions<KbOptions>>((keys, kb) =>
            keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(kb.Value.DataDir, "keys")), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

        services.AddScoped<AccountService>();
        services.AddSingleton<AdminSeeder>();
        return builder;
    }

    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
