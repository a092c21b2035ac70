using KbSite.Articles;

namespace KbSite.Matching;

/// <summary>Which pasted events a match left unexplained, and telling the recorder of them.</summary>
public static class MatchMisses
{
    /// <summary>The pasted events no article explains: no match for the event scores <see cref="MatchRanking.Explains"/> or more.</summary>
    public static IEnumerable<PastedEvent> Unexplained(this MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Events.Where((_, i) => !result.Matches.Any(m => m.Events.Any(e => e.EventIndex == i && e.Score >= MatchRanking.Explains)));
    }

    /// <summary>Tells <paramref name="misses"/> of every event of the paste that no article explains (and that says anything).</summary>
    public static void Report(this IReaderMisses misses, MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(misses);
        foreach (var e in result.Unexplained().Where(e => e.EventId is not null || e.Message.Length > 0))
        {
            misses.PasteUnexplained(e.Source, e.EventId, e.Message);
        }
    }
}
