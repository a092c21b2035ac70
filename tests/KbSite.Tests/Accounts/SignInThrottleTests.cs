using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Accounts;

public sealed class SignInThrottleTests
{
    private static SignInThrottle Throttle(int perClient = 5, int perAccount = 12) =>
        new(Options.Create(new RateLimitOptions { SignInsPerClientPer5Minutes = perClient, SignInsPerAccountPer15Minutes = perAccount }));

    [Fact]
    public void One_address_is_slowed_down_after_its_share_and_told_how_long_to_wait()
    {
        using var throttle = Throttle();

        var allowed = Enumerable.Range(0, 8).Count(i => throttle.TryAttempt("10.0.0.9", "admin@kb.test", out _));
        var refused = !throttle.TryAttempt("10.0.0.9", "admin@kb.test", out var wait);

        Assert.Equal(5, allowed);
        Assert.True(refused);
        Assert.True(wait > TimeSpan.Zero);
    }

    [Fact]
    public void An_attacker_at_one_address_cannot_lock_the_owner_out()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 50; i++)
        {
            throttle.TryAttempt("10.0.0.9", "admin@kb.test", out _);
        }

        Assert.True(throttle.TryAttempt("192.168.1.20", "admin@kb.test", out _));
    }

    [Fact]
    public void Guessing_one_account_from_many_addresses_is_bounded()
    {
        using var throttle = Throttle();

        var allowed = Enumerable.Range(0, 40).Count(i => throttle.TryAttempt($"10.0.1.{i}", " Admin@KB.test ", out TimeSpan _));

        Assert.Equal(12, allowed);
    }
}
