namespace KbSite.Testing;

/// <summary>A clock that says what the test sets: for what is dated, counted per day or pruned by age.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
