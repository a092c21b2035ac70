namespace KbSite.Articles;

/// <summary>The classic KB status of an article: what Microsoft said about the problem it describes.</summary>
public enum StatusKind
{
    /// <summary>How-to, background or reference text; no product defect.</summary>
    Information = 0,

    /// <summary>The vendor confirmed the problem; it may or may not be fixed yet (see FixedIn).</summary>
    ConfirmedProblem = 1,

    /// <summary>The problem is corrected in the release named by FixedIn.</summary>
    Fixed = 2,

    /// <summary>The behaviour is intended.</summary>
    ByDesign = 3,
}
