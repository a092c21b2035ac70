using KbSite.Articles.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KbSite.Hosting;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Options and the store (SQLite in Kb:DataDir, or PostgreSQL when Kb:Store:Provider says so) behind a DbContext
    /// factory: what the site and the command-line verbs both need. Nothing here touches the search index.
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

        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .Configure<IConfiguration>((o, configuration) => o.ConnectionString = configuration.GetConnectionString(StoreOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StoreProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString), "Kb:Store:Provider is Postgres, but ConnectionStrings:Kb is not set.")
            .ValidateOnStart();

        // The provider decides which context type is registered, so it is read here, before options exist.
        var provider = builder.Configuration.GetSection(StoreOptions.Section).GetValue(nameof(StoreOptions.Provider), StoreProvider.Sqlite);
        if (provider == StoreProvider.Postgres)
        {
            builder.Services.AddDbContextFactory<PostgresKbDbContext>((services, db) =>
                db.UseNpgsql(services.GetRequiredService<IOptions<StoreOptions>>().Value.ConnectionString));
            builder.Services.AddSingleton<IDbContextFactory<KbDbContext>>(services =>
                new PostgresContextFactory(services.GetRequiredService<IDbContextFactory<PostgresKbDbContext>>()));
            builder.Services.AddScoped<KbDbContext>(services => services.GetRequiredService<PostgresKbDbContext>());
        }
        else
        {
            builder.Services.AddDbContextFactory<KbDbContext>((services, db) =>
            {
                var options = services.GetRequiredService<IOptions<KbOptions>>().Value;
                db.UseSqlite($"Data Source={options.DatabasePath}");
            });
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreMigrator>();
        return builder;
    }

    /// <summary>Hands out PostgreSQL contexts as the <see cref="KbDbContext"/> the features ask for.</summary>
    private sealed class PostgresContextFactory(IDbContextFactory<PostgresKbDbContext> inner) : IDbContextFactory<KbDbContext>
    {
        public KbDbContext CreateDbContext() => inner.CreateDbContext();
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
