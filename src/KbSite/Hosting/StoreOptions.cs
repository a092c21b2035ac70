using System.ComponentModel.DataAnnotations;

namespace KbSite.Hosting;

/// <summary>Which database holds the store.</summary>
public enum StoreProvider
{
    /// <summary>A file under Kb:DataDir: one machine, the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (ConnectionStrings:Kb): several nodes share it.</summary>
    Postgres,
}

/// <summary>The "Kb:Store" configuration section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Kb:Store";

    /// <summary>The name under ConnectionStrings of the PostgreSQL database (ConnectionStrings:Kb, env ConnectionStrings__Kb).</summary>
    public const string ConnectionStringName = "Kb";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// How long change-feed rows are kept. A node (or index) away for longer rebuilds its index from the store when it
    /// comes back instead of catching up.
    /// </summary>
    [Range(1, 3650)]
    public int FeedRetentionDays { get; set; } = 7;

    /// <summary>ConnectionStrings:Kb, read from there (not from this section).</summary>
    public string? ConnectionString { get; set; }
}
