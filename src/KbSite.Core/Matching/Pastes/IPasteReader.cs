namespace KbSite.Matching.Pastes;

/// <summary>Reads the events of one paste format; an empty list when the paste is not in that format.</summary>
internal interface IPasteReader
{
    IReadOnlyList<PastedEvent> Read(string text);
}
