namespace KbSite.Gaps;

/// <summary>A search that found nothing, one row per normalised query (<see cref="GapQuery"/>), with how often and when.</summary>
public sealed class SearchGap
{
    public const int MaxQueryLength = 200;

    public int Id { get; set; }

    public string Query { get; set; } = "";

    public int Count { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    public DateTime? DismissedUtc { get; set; }

    public string? DismissReason { get; set; }
}
