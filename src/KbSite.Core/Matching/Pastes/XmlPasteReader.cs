using KbSite.Articles;

namespace KbSite.Matching.Pastes;

/// <summary>Event XML: one &lt;Event&gt; or many, read by <see cref="EventXml"/> (shared with article bodies).</summary>
internal sealed class XmlPasteReader : IPasteReader
{
    public IReadOnlyList<PastedEvent> Read(string text) =>
        EventXml.Read(text, EventPasteParser.MaxEvents)
            .Select(e => new PastedEvent(e.Source, e.Id, e.Level, PasteText.Message(e.Message), PasteFormats.Xml))
            .ToList();
}
