namespace KbSite.Articles;

/// <summary>
/// Told when a reader did not find an answer: a pasted event that no article explains, a search that found nothing or
/// whose results went unopened. The Gaps feature records them (without anything about the reader) as the editors'
/// to-do list. Implementations return at once and never throw: the reader's request must not wait for, or fail by,
/// the recording.
/// </summary>
public interface IReaderMisses
{
    void PasteUnexplained(string source, int? eventId, string message);

    void SearchFoundNothing(string query);

    /// <summary>The reader left a search's results without opening any of them.</summary>
    void SearchLeftUnopened(string query);
}
