using System.ComponentModel.DataAnnotations;

namespace KbSite.Search;

/// <summary>The "Kb:Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Kb:Search";

    /// <summary>How often, in seconds, the site looks in the store for writes made by another process (the command-line import).</summary>
    [Range(1, 3600)]
    public int StoreCheckSeconds { get; set; } = 30;
}
