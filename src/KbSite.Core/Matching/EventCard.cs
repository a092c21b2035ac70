using System.Text.Json;
using KbSite.Articles;

namespace KbSite.Matching;

/// <summary>
/// What matching needs of an article, kept in the index as a doc value (UTF-8 JSON): read for each candidate without
/// decompressing the article's stored fields or going to the store.
/// </summary>
public sealed record EventCard(string Id, string Title, string Product, IReadOnlyList<StoredSignature> Events)
{
    /// <summary>The article's last change as it states it (modified, else published), for ordering true ties: newer first.</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>Published or Retired (drafts are never matched): a retired article is marked, and below a current one of equal score.</summary>
    public Articles.ArticleState State { get; init; } = Articles.ArticleState.Published;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EventCard Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new EventCard(
            article.Number,
            article.Title,
            article.Product,
            article.Events.OrderBy(e => e.Order).Select(e => new StoredSignature(e.Source, e.EventId, e.Level, e.Message)).ToList())
        {
            Modified = article.Modified ?? article.Published,
            State = article.State,
        };
    }

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static EventCard? FromUtf8(ReadOnlySpan<byte> utf8) =>
        utf8.IsEmpty ? null : JsonSerializer.Deserialize<EventCard>(utf8, Json);
}
