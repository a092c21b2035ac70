using System.ComponentModel.DataAnnotations;

namespace KbSite.Search;

/// <summary>The "Kb:Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Kb:Search";

    /// <summary>
    /// How often, in milliseconds, the node looks at the change feed for writes made by another process or node. On
    /// PostgreSQL a notification wakes it sooner; this is then only the fallback.
    /// </summary>
    [Range(100, 60_000)]
    public int FeedPollMilliseconds { get; set; } = 1000;
}
