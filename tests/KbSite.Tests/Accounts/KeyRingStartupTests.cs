using KbSite.Articles.Store;
using KbSite.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Accounts;

public sealed class KeyRingStartupTests
{
    [Fact]
    public async Task Keys_kept_in_the_data_folder_before_move_into_the_store_so_what_they_protected_still_reads()
    {
        using var data = new TempDirectory();
        // As the site of before wrote them: the key ring in Kb:DataDir/keys.
        var before = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(data.Path, "keys")), b => b.SetApplicationName("KbSite"));
        var sealedText = before.CreateProtector("kb-test").Protect("signed in before the upgrade");

        using var site = await new KbSiteFactory(data.Path).ReadyAsync();

        var now = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("kb-test");
        Assert.Equal("signed in before the upgrade", now.Unprotect(sealedText));
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<KbDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_new_site_makes_its_one_key_at_start_before_any_request()
    {
        using var site = await new KbSiteFactory().ReadyAsync();

        await using var db = await site.Services.GetRequiredService<IDbContextFactory<KbDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }
}
