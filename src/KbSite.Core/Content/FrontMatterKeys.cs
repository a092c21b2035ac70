namespace KbSite.Content;

/// <summary>The YAML front-matter keys of the content format, in the order the writer emits them.</summary>
public static class FrontMatterKeys
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Author = "author";
    public const string Product = "product";
    public const string Versions = "versions";
    public const string Platform = "platform";
    public const string Category = "category";
    public const string Published = "published";
    public const string Modified = "modified";
    public const string Keywords = "keywords";
    public const string Technology = "technology";
    public const string QueryWords = "query-words";
    public const string AppliesTo = "applies-to";
    public const string Related = "related";
    public const string Status = "status";
    public const string FixedIn = "fixed-in";
    public const string State = "state";
    public const string Copyright = "copyright";
    public const string Disclaimer = "disclaimer";
    public const string Events = "events";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, Title, Summary, Author, Product, Versions, Platform, Category, Published, Modified, Keywords, Technology,
        QueryWords, AppliesTo, Related, Status, FixedIn, State, Copyright, Disclaimer, Events,
    ];

    /// <summary>
    /// Keys other systems write for the same facts (any case): documentation sites (description, ms.date, author,
    /// appliesto), Hugo (description, summary, date, lastmod, tags, categories, draft), Jekyll (excerpt, date,
    /// last_modified_at, tags, categories, published), Wiki.js (description, published, date, dateCreated, tags) and
    /// Raneto (Title, Description, Modified). "draft" is read by the reader itself, as a state.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["description"] = Summary,
        ["excerpt"] = Summary,
        ["authors"] = Author,
        ["date"] = Published,
        ["datecreated"] = Published,
        ["created"] = Published,
        ["publishdate"] = Published,
        ["ms.date"] = Modified,
        ["lastmod"] = Modified,
        ["updated"] = Modified,
        ["last_modified_at"] = Modified,
        ["datemodified"] = Modified,
        ["tags"] = Keywords,
        ["categories"] = Keywords,
        ["appliesto"] = AppliesTo,
        ["applies_to"] = AppliesTo,
        ["query_words"] = QueryWords,
        ["fixed_in"] = FixedIn,
    };

    /// <summary>Keys of one entry of the events list.</summary>
    public static IReadOnlyList<string> EventKeys { get; } = ["source", "id", "level", "message"];

    /// <summary>What event entries of other tools call the same parts (Get-WinEvent's Id, ProviderName, LevelDisplayName).</summary>
    public static IReadOnlyDictionary<string, string> EventAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["eventid"] = "id",
        ["event_id"] = "id",
        ["event-id"] = "id",
        ["event id"] = "id",
        ["provider"] = "source",
        ["providername"] = "source",
        ["type"] = "level",
        ["severity"] = "level",
        ["leveldisplayname"] = "level",
        ["description"] = "message",
        ["text"] = "message",
    };
}
