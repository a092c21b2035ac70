namespace KbSite.Articles;

/// <summary>One event an article explains, with the message exactly as the article prints it.</summary>
public sealed class EventSignature
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The event source as the article writes it, e.g. "MSExchangeMTA".</summary>
    public string Source { get; set; } = "";

    /// <summary>The event id, 0-65535.</summary>
    public int EventId { get; set; }

    /// <summary>Error, Warning, Information, ... or empty when the article does not say.</summary>
    public string Level { get; set; } = "";

    /// <summary>The message text as shown in the article, placeholders and sample values included.</summary>
    public string Message { get; set; } = "";

    /// <summary>Position of the event in the article, from 0.</summary>
    public int Order { get; set; }

    /// <summary>
    /// Found in the body (see <see cref="DerivedFields"/>) rather than given: found again on every save, never written
    /// to the front matter, and an editor can make it an event row of its own.
    /// </summary>
    public bool FromBody { get; set; }

    /// <summary>A signature at position <paramref name="order"/> of its article.</summary>
    public static EventSignature At(int order, string source, int eventId, string level, string message, bool fromBody = false) =>
        new() { Order = order, Source = source, EventId = eventId, Level = level, Message = message, FromBody = fromBody };
}
