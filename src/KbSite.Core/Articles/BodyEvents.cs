namespace KbSite.Articles;

/// <summary>
/// The event blocks an article body prints, as signatures marked <see cref="EventSignature.FromBody"/>: the blocks
/// <see cref="EventBlockScanner"/> finds (inside fenced code and block quotes too), event XML, the rows of event tables,
/// and events named in prose (<see cref="ProseEvents"/>) whose id nothing else found. Only signatures the article rules
/// accept are kept, each once, in the order the body prints them.
/// </summary>
public static class BodyEvents
{
    public static List<EventSignature> Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        body = body.Replace("\r\n", "\n", StringComparison.Ordinal);

        // The plain text keeps every offset of the body, so blocks found by different readers can be told apart by place.
        var blocks = EventXml.Scan(body)
            .Concat(EventTables.Scan(body))
            .Concat(EventBlockScanner.Scan(EventBlockScanner.PlainLines(body), wholeLineSources: true))
            .OrderBy(e => e.Start)
            .ToList();
        var ids = blocks.Select(e => e.EventId).ToHashSet();
        var prose = ProseEvents.Scan(body).Where(e => !ids.Contains(e.EventId));

        var seen = new HashSet<(string, int, string)>();
        var signatures = new List<EventSignature>();
        var coveredTo = -1;
        foreach (var e in blocks.Concat(prose).Where(Fits).OrderBy(e => e.Start))
        {
            // One block read twice (an NT header inside event XML, say) counts once: the first reading wins.
            if (e.Start < coveredTo)
            {
                continue;
            }

            coveredTo = Math.Max(coveredTo, e.End);
            if (signatures.Count < ArticleRules.MaxEvents && seen.Add((e.Source, e.EventId, e.Message)))
            {
                signatures.Add(EventSignature.At(signatures.Count, e.Source, e.EventId, e.Level, e.Message, fromBody: true));
            }
        }

        return signatures;
    }

    private static bool Fits(FoundEvent e) =>
        e.Message.Length is > 0 and <= ArticleRules.MaxMessageLength
        && e.Source.Length <= ArticleRules.MaxShortFieldLength
        && e.Level.Length <= ArticleRules.MaxLevelLength;
}
