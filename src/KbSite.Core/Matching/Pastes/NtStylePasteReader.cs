using KbSite.Articles;

namespace KbSite.Matching.Pastes;

/// <summary>
/// NT-style "MSExchangeMTA Event ID 1004 message" (also glued, as old articles print it), read as the articles' own
/// event blocks are; a line that opens with the header takes all its capitalised words as the source ("Service Control
/// Manager Event ID 7031").
/// </summary>
internal sealed class NtStylePasteReader : IPasteReader
{
    public IReadOnlyList<PastedEvent> Read(string text) =>
        EventBlockScanner.Scan(text, wholeLineSources: true).Take(EventPasteParser.MaxEvents)
            .Select(e => new PastedEvent(e.Source, e.EventId, e.Level, PasteText.Message(e.Message), PasteFormats.NtStyle))
            .ToList();
}
