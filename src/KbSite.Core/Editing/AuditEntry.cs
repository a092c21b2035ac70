namespace KbSite.Editing;

/// <summary>Who did what to which article or account, and when.</summary>
public sealed class AuditEntry
{
    /// <summary>Who and what (an account's email or an article number) are at most this long.</summary>
    public const int MaxNameLength = 256;

    public const int MaxActionLength = 64;

    public long Id { get; set; }

    public DateTime WhenUtc { get; set; }

    public string Who { get; set; } = "";

    /// <summary>created, saved, published, retired, deleted, restored, restored-revision, user-added, role-set, ...</summary>
    public string Action { get; set; } = "";

    /// <summary>The article number or the account's email.</summary>
    public string Target { get; set; } = "";

    public string Details { get; set; } = "";

    public static AuditEntry Of(DateTime whenUtc, string who, string action, string target, string? details = null) =>
        new() { WhenUtc = whenUtc, Who = who, Action = action, Target = target, Details = details?.Trim() ?? "" };
}
