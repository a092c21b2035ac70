using KbSite.Editing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Accounts;

/// <summary>Creates accounts, sets roles, disables and enables them: the operations behind the users page and the CLI.</summary>
public sealed class AccountService(UserManager<KbUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, AuditLog audit)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in KbRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates an account in one role; the errors say what is wrong (weak password, taken email, ...).</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string displayName, string password, string role, string by = "system")
    {
        if (!KbRoles.All.Contains(role))
        {
            return [$"\"{role}\" is not a role; use {string.Join(" or ", KbRoles.All)}."];
        }

        await EnsureRolesAsync();
        var user = new KbUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
        {
            // Keep it whole: no account without a role.
            await users.DeleteAsync(user);
            return inRole.Errors.Select(e => e.Description).ToList();
        }

        await audit.WriteAsync(by, "user-added", user.Email!, role);
        return [];
    }

    public async Task<IReadOnlyList<(KbUser User, string Role)>> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var result = new List<(KbUser, string)>();
        foreach (var user in all)
        {
            result.Add((user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? ""));
        }

        return result;
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string userId, string role, string by = "system")
    {
        if (!KbRoles.All.Contains(role) || await users.FindByIdAsync(userId) is not { } user)
        {
            return ["No such user or role."];
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var result = await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user); // signed-in sessions pick up the new role
        await audit.WriteAsync(by, "role-set", user.Email!, role);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>A disabled account is locked out for good and its sessions end; enabling lifts the lock.</summary>
    public async Task<IReadOnlyList<string>> SetDisabledAsync(string userId, bool disabled, string by = "system")
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return ["No such user."];
        }

        user.IsDisabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        var result = await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(by, disabled ? "user-disabled" : "user-enabled", user.Email!);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }
}
