namespace KbSite.Gaps;

/// <summary>
/// An event readers pasted that no article explains, one row per signature: its source, id and message with every
/// variable part replaced by a marker (<see cref="GapMessage"/>), how often and when it was pasted. Nothing about who
/// pasted it.
/// </summary>
public sealed class PasteGap
{
    public const int MaxSourceLength = 256;
    public const int MaxMessageLength = 2000;

    public int Id { get; set; }

    /// <summary>A hash of source, id and masked message: what makes two pastes the same gap.</summary>
    public string Key { get; set; } = "";

    public string Source { get; set; } = "";

    public int? EventId { get; set; }

    public string Message { get; set; } = "";

    public int Count { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    /// <summary>When an editor dismissed it; it shows again when pasted after that.</summary>
    public DateTime? DismissedUtc { get; set; }

    public string? DismissReason { get; set; }
}
