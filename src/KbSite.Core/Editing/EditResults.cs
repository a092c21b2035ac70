using KbSite.Articles;

namespace KbSite.Editing;

/// <summary>Another editor saved first: their version, who and when, and how it differs from the refused edit.</summary>
public sealed record SaveConflict(Article Current, string SavedBy, DateTime SavedUtc, IReadOnlyList<DiffLine> Diff);

/// <summary>The outcome of a save: saved (with the new version), refused with reasons, or a concurrency conflict.</summary>
public sealed record SaveResult(bool Saved, string Number, int Version, IReadOnlyList<string> Errors, SaveConflict? Conflict)
{
    public static SaveResult Refused(string number, params string[] errors) => new(false, number, 0, errors, null);
}

/// <summary>A revision in an article's history.</summary>
public sealed record RevisionInfo(int Number, DateTime SavedUtc, string SavedBy, string Comment);
