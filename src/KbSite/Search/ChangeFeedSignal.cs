namespace KbSite.Search;

/// <summary>
/// Wakes the <see cref="ChangeFeedFollower"/> before its next poll: rung when the store announces a change (PostgreSQL's
/// NOTIFY). Any number of rings before the follower wakes count as one.
/// </summary>
public sealed class ChangeFeedSignal : IDisposable
{
    private readonly SemaphoreSlim _rung = new(0, 1);

    public void Ring()
    {
        try
        {
            _rung.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung and not yet heard: one wake-up is enough.
        }
    }

    /// <summary>Waits for a ring or for <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _rung.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _rung.Dispose();
}
