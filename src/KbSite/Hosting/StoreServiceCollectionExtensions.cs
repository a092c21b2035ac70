using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KbSite.Hosting;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Options and the SQLite store behind a DbContext factory: what the site and the command-line verbs both need.
    /// Nothing here touches the search index.
    /// </summary>
    public static IHostApplicationBuilder AddKbStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<KbOptions>()
            .BindConfiguration(KbOptions.Section)
            .ValidateDataAnnotations()
            .PostConfigure(o =>
            {
                o.DataDir = Path.GetFullPath(o.DataDir, contentRoot);
                o.ContentDir = Path.GetFullPath(o.ContentDir, contentRoot);
            })
            .Validate(o => TryCreate(o.DataDir), "Kb:DataDir cannot be created or is not a folder.")
            .ValidateOnStart();

        builder.Services.AddDbContextFactory<KbDbContext>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<KbOptions>>().Value;
            db.UseSqlite($"Data Source={options.DatabasePath}");
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreMigrator>();
        return builder;
    }

    private static bool TryCreate(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
