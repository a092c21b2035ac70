using KbSite.Articles.Store;
using KbSite.Hosting;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery tokens) as the site starts. Keys used to live in
/// Kb:DataDir/keys: a store without keys takes those in, so that nobody is signed out by the upgrade. The first key is
/// then made at start rather than at the first request: nodes started together make theirs within the minutes after
/// start in which ASP.NET Core reads the ring again when a cookie names a key it does not know.
/// </summary>
public sealed partial class KeyRingStartup(
    IKeyManager keys,
    IDbContextFactory<KbDbContext> dbFactory,
    IOptions<KbOptions> options,
    TimeProvider clock,
    ILogger<KeyRingStartup> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (keys.GetAllKeys().Count == 0)
        {
            var imported = await ImportFolderKeysAsync(cancellationToken);
            if (imported > 0)
            {
                LogImported(imported);
            }
        }

        var now = clock.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now.AddDays(90));
        }
    }

    private async Task<int> ImportFolderKeysAsync(CancellationToken cancellationToken)
    {
        var folder = new DirectoryInfo(Path.Combine(options.Value.DataDir, "keys"));
        if (!folder.Exists)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var files = folder.GetFiles("*.xml");
        foreach (var file in files)
        {
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file.Name),
                Xml = await File.ReadAllTextAsync(file.FullName, cancellationToken),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return files.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} data-protection keys from the data folder into the store")]
    private partial void LogImported(int count);
}
