using KbSite.Articles;

namespace KbSite.Editing;

/// <summary>How a write through <see cref="ArticleWriter"/> ended.</summary>
public enum WriteStatus
{
    Saved,

    /// <summary>The article already says exactly this: nothing was written.</summary>
    Unchanged,

    /// <summary>The article breaks a rule; the message says which.</summary>
    Refused,

    NotFound,

    /// <summary>Someone else wrote the article first (a newer version, or the same number created at the same moment).</summary>
    Conflict,

    /// <summary>The store could not be reached or written to just now (down, busy or refusing); nothing was written, try again.</summary>
    Unavailable,
}

/// <summary>The outcome of a write: its status, the article's version after it, a message, and what was attempted (for conflicts).</summary>
public sealed record WriteResult(WriteStatus Status, string Number, int Version, string? Message, Article? Attempted)
{
    public static WriteResult Saved(string number, int version) => new(WriteStatus.Saved, number, version, null, null);

    public static WriteResult Refused(string number, string problem) => new(WriteStatus.Refused, number, 0, problem, null);
}

/// <summary>Another editor saved first: their version, who and when, and how it differs from the refused edit.</summary>
public sealed record SaveConflict(Article Current, string SavedBy, DateTime SavedUtc, IReadOnlyList<DiffLine> Diff);

/// <summary>The outcome of an editor's save: saved (with the new version), refused with reasons, or a concurrency conflict.</summary>
public sealed record SaveResult(bool Saved, string Number, int Version, IReadOnlyList<string> Errors, SaveConflict? Conflict)
{
    public static SaveResult Refused(string number, params string[] errors) => new(false, number, 0, errors, null);
}

/// <summary>A revision in an article's history.</summary>
public sealed record RevisionInfo(int Number, DateTime SavedUtc, string SavedBy, string Comment);
