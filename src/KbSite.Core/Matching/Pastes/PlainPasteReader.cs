namespace KbSite.Matching.Pastes;

/// <summary>The last resort: the whole paste as one message without source or id, when it holds a word.</summary>
internal sealed class PlainPasteReader : IPasteReader
{
    public IReadOnlyList<PastedEvent> Read(string text)
    {
        var message = PasteText.Message(text);
        return message.Any(char.IsLetter) ? [new PastedEvent("", null, "", message, PasteFormats.Plain)] : [];
    }
}
