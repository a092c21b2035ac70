using System.ComponentModel.DataAnnotations;

namespace KbSite.Gaps;

/// <summary>The "Kb:Gaps" configuration section: recording what readers did not find.</summary>
public sealed class GapsOptions
{
    public const string Section = "Kb:Gaps";

    /// <summary>False turns recording off (what was recorded stays until pruned).</summary>
    public bool Record { get; set; } = true;

    /// <summary>Gaps not met again for this many days are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 180;

    /// <summary>At most this many new gaps of each kind (pastes, searches) a day; repeats always count.</summary>
    [Range(1, 1_000_000)]
    public int MaxNewPerDay { get; set; } = 1000;

    public GapSettings ToSettings() => new(Record, RetentionDays, MaxNewPerDay);
}
