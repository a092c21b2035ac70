using KbSite.Articles;

namespace KbSite.Matching.Pastes;

/// <summary>
/// Event XML: one &lt;Event&gt; or many, read by <see cref="EventXml"/> (shared with article bodies). Without
/// RenderingInfo (Event Viewer's XML view) the insertion strings are kept apart, for matching to put into messages.
/// </summary>
internal sealed class XmlPasteReader : IPasteReader
{
    public IReadOnlyList<PastedEvent> Read(string text) =>
        EventXml.Read(text, EventPasteParser.MaxEvents)
            .Select(e => new PastedEvent(e.Source, e.Id, e.Level, PasteText.Message(e.Message), PasteFormats.Xml, e.Rendered ? null : e.Inserts.Select(PasteText.Message).ToList()))
            .ToList();
}
