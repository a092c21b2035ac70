namespace KbSite.Matching;

/// <summary>How one pasted event lines up with one event signature of an article.</summary>
public sealed record EventMatch(
    int EventIndex,
    string Source,
    int EventId,
    string Level,
    string Message,
    double Score,
    bool? SameSource,
    bool? SameEventId,
    MessageAlignment? Alignment)
{
    /// <summary>The paste had only insertion strings: the pasted side of <see cref="Alignment"/> is the article's message with them put in.</summary>
    public bool FromInserts { get; init; }

    /// <summary>With <see cref="FromInserts"/>: how well the insertion strings fit the article's variable parts, 0 to 1.</summary>
    public double InsertsFit { get; init; }

    /// <summary>The paste and the article both name a level, and not the same one.</summary>
    public bool OtherLevel { get; init; }
}

/// <summary>
/// An article that explains one or more of the pasted events (<paramref name="Explained"/> of them), with why; or,
/// among <see cref="MatchResult.Related"/>, one that explains none but is like one of them.
/// </summary>
public sealed record ArticleMatch(string Id, string Title, string Product, double Score, int BestEvent, IReadOnlyList<EventMatch> Events, IReadOnlyList<string> Reasons)
{
    public int Explained { get; init; }

    public Articles.ArticleState State { get; init; } = Articles.ArticleState.Published;
}

/// <summary>
/// What a paste gave: the events read from it, the ranked articles that explain them, and articles that are only
/// like them (<see cref="Related"/>), never listed as matches.
/// </summary>
public sealed record MatchResult(IReadOnlyList<PastedEvent> Events, IReadOnlyList<ArticleMatch> Matches)
{
    public static MatchResult Empty { get; } = new([], []);

    public IReadOnlyList<ArticleMatch> Related { get; init; } = [];
}
