using System.Threading.RateLimiting;
using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

/// <summary>
/// Sign-in attempts counted per client address and per account (ASP.NET Core's sliding-window rate limiters). This
/// replaces locking an account after failed attempts, which let anyone lock an administrator out with five requests:
/// a guesser is slowed down, and the account's owner can still sign in from elsewhere.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _perClient = Sliding(limits.SignInsPerClientPer5Minutes, TimeSpan.FromMinutes(5));
        _perAccount = Sliding(limits.SignInsPerAccountPer15Minutes, TimeSpan.FromMinutes(15));
    }

    /// <summary>True when this attempt may go ahead; otherwise how long to wait.</summary>
    public bool TryAttempt(string client, string account, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(account);
        foreach (var (limiter, key) in new[] { (_perClient, client), (_perAccount, account.Trim().ToUpperInvariant()) })
        {
            using var lease = limiter.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return false;
            }
        }

        retryAfter = TimeSpan.Zero;
        return true;
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _perAccount.Dispose();
    }

    private static PartitionedRateLimiter<string> Sliding(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }));
}
