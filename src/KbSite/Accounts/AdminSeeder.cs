using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

/// <summary>At startup: the roles exist, and the administrator from configuration exists when one is configured.</summary>
internal sealed partial class AdminSeeder(IServiceScopeFactory scopes, IOptions<AdminOptions> options, ILogger<AdminSeeder> logger)
{
    public async Task SeedAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        var admin = options.Value;
        if (!admin.IsConfigured || await scope.ServiceProvider.GetRequiredService<UserManager<KbUser>>().FindByEmailAsync(admin.Email!) is not null)
        {
            return;
        }

        var errors = await accounts.CreateAsync(admin.Email!, "Administrator", admin.Password!, KbRoles.Admin);
        if (errors.Count > 0)
        {
            // Starting without the administrator that was asked for would leave nobody able to sign in.
            LogAdminRefused(admin.Email!, string.Join(" ", errors));
            throw new InvalidOperationException($"The administrator {admin.Email} from configuration (Kb:Admin) could not be created: {string.Join(" ", errors)}");
        }
        else
        {
            LogAdminCreated(admin.Email!);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator {Email} from configuration")]
    private partial void LogAdminCreated(string email);

    [LoggerMessage(Level = LogLevel.Error, Message = "The administrator {Email} from configuration was not created: {Errors}")]
    private partial void LogAdminRefused(string email, string errors);
}
