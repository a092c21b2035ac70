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
    MessageAlignment? Alignment);

/// <summary>An article that explains one or more of the pasted events, with why.</summary>
public sealed record ArticleMatch(string Id, string Title, string Product, double Score, int BestEvent, IReadOnlyList<EventMatch> Events, IReadOnlyList<string> Reasons);

/// <summary>What a paste gave: the events read from it and the ranked articles.</summary>
public sealed record MatchResult(IReadOnlyList<PastedEvent> Events, IReadOnlyList<ArticleMatch> Matches)
{
    public static MatchResult Empty { get; } = new([], []);
}
