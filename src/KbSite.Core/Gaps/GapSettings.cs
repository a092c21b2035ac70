namespace KbSite.Gaps;

/// <summary>Whether misses are recorded, how long they are kept, and how many new gaps of each kind a day may add.</summary>
public sealed record GapSettings(bool Record = true, int RetentionDays = 180, int MaxNewPerDay = 1000);
