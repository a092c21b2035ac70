using System.ComponentModel.DataAnnotations;

namespace KbSite.Hosting;

/// <summary>The "Kb:RateLimits" section: how often one client (one address) may call the public APIs and try to sign in.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Kb:RateLimits";

    /// <summary>Calls of /api/search and /api/match per client and minute (bursts of a tenth of it); 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int ApiPerClientPerMinute { get; set; } = 600;

    /// <summary>Sign-in attempts per client address in any 5 minutes.</summary>
    [Range(1, 10_000)]
    public int SignInsPerClientPer5Minutes { get; set; } = 20;

    /// <summary>
    /// Sign-in attempts for one account in any 15 minutes, from all addresses together: bounds guessing spread over
    /// many addresses, and is high enough that one address (held to its own limit above) cannot use it to lock the
    /// account's owner out.
    /// </summary>
    [Range(1, 100_000)]
    public int SignInsPerAccountPer15Minutes { get; set; } = 100;
}
