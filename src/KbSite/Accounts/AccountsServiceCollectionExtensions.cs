using KbSite.Articles.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace KbSite.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in for the site: the accounts (<see cref="AddKbAccountStore"/>), cookie sign-in, authorization by role,
    /// the data-protection keys in the store, and the first administrator from configuration.
    /// </summary>
    public static IHostApplicationBuilder AddKbAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Email) == string.IsNullOrWhiteSpace(o.Password), "Set both Kb:Admin:Email and Kb:Admin:Password, or neither.")
            // An administrator that cannot be created leaves nobody able to sign in: the start stops and says why.
            .Validate(o => string.IsNullOrWhiteSpace(o.Password) || o.Password.Length >= AdminOptions.MinPasswordLength, $"Kb:Admin:Password is too short: passwords need at least {AdminOptions.MinPasswordLength} characters.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Email) || o.Email.Trim() is var e && e.IndexOf('@', StringComparison.Ordinal) > 0 && e.IndexOf('@', StringComparison.Ordinal) < e.Length - 1, "Kb:Admin:Email is not an email address.")
            .ValidateOnStart();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddKbAccountStore().AddSignInManager();
        // Every signed-in request checks the account's security stamp: sign-out, disabling and role changes take effect at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = SignInCookie.Name;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure over HTTPS, also behind a trusted proxy
            // APIs answer 401/403; pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton<AdminSeeder>();
        services.AddSingleton<KeyRingStartup>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AccountCheck>();
        return builder;
    }

    /// <summary>
    /// The accounts themselves: Identity on the site's store, the Admin and Editor roles, lockout, the data-protection
    /// keys its tokens (and the site's cookies) are made with, <see cref="AccountService"/>. The command line uses this alone.
    /// </summary>
    public static IdentityBuilder AddKbAccountStore(this IServiceCollection services)
    {
        // Keys in the store: sign-in cookies and antiforgery tokens survive a restart and work on every node of a site.
        services.AddDataProtection().SetApplicationName("KbSite").PersistKeysToDbContext<KbDbContext>();
        services.AddScoped<AccountService>();
        return services.AddIdentityCore<KbUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (current NIST guidance): any 10 characters or more.
                o.Password.RequiredLength = AdminOptions.MinPasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                // Lockout only disables accounts (an administrator's decision); failed sign-ins are slowed by SignInThrottle,
                // since locking on failures let anyone lock an administrator out.
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KbDbContext>()
            .AddDefaultTokenProviders();
    }

    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status)
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
