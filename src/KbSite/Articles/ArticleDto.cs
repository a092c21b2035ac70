using KbSite.Articles;

namespace KbSite.Articles;

/// <summary>An event signature as the API shows it; <paramref name="FromBody"/> when it was found in the article's text.</summary>
public sealed record EventDto(string Source, int EventId, string Level, string Message, bool FromBody);

/// <summary>The status block of an article as the API shows it.</summary>
public sealed record StatusDto(string Kind, string Text, string FixedIn);

/// <summary>The structured article of GET /api/articles/{id}.</summary>
public sealed record ArticleDto(
    string Id,
    string Url,
    string Title,
    string Summary,
    string Author,
    string Product,
    IReadOnlyList<string> Versions,
    string Platform,
    string Category,
    DateOnly? Published,
    DateOnly? Modified,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Technology,
    IReadOnlyList<string> QueryWords,
    IReadOnlyList<string> AppliesTo,
    IReadOnlyList<string> Related,
    StatusDto Status,
    string State,
    IReadOnlyList<EventDto> Events,
    string Body)
{
    public static ArticleDto From(Article a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ArticleDto(
            a.Number,
            ArticleUrls.Article(a.Number),
            a.Title,
            a.Summary,
            a.Author,
            a.Product,
            a.Versions,
            a.Platform,
            a.Category,
            a.Published,
            a.Modified,
            a.Keywords,
            a.Technology,
            a.QueryWords,
            a.AppliesTo,
            a.Related,
            new StatusDto(a.StatusKind.ToName(), a.StatusText, a.FixedIn),
            a.State.ToString().ToLowerInvariant(),
            a.Events.OrderBy(e => e.Order).Select(e => new EventDto(e.Source, e.EventId, e.Level, e.Message, e.FromBody)).ToList(),
            a.Body);
    }
}

/// <summary>One row of GET /api/articles.</summary>
public sealed record ArticleSummaryDto(string Id, string Url, string Title, string Product, IReadOnlyList<string> Versions, DateOnly? Modified, string Status, string State)
{
    public static ArticleSummaryDto From(ArticleSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new ArticleSummaryDto(s.Number, ArticleUrls.Article(s.Number), s.Title, s.Product, s.Versions, s.Modified, s.StatusKind.ToName(), s.State.ToString().ToLowerInvariant());
    }
}

/// <summary>A page of GET /api/articles.</summary>
public sealed record ArticlePageDto(int Total, int Page, int PageSize, IReadOnlyList<ArticleSummaryDto> Items);
