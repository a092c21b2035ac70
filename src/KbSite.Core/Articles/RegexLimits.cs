namespace KbSite.Articles;

/// <summary>
/// Patterns that run over text users bring and cannot use the non-backtracking engine (they look behind or ahead)
/// give up after this long; the readers turn a timeout into a refusal with a message, never a hang.
/// </summary>
public static class RegexLimits
{
    public const int TimeoutMilliseconds = 2000;
}
