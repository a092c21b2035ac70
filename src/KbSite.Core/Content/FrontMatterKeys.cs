namespace KbSite.Content;

/// <summary>The YAML front-matter keys of the content format, in the order the writer emits them.</summary>
public static class FrontMatterKeys
{
    public const string Id = "id";
    public const string Title = "title";
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
        Id, Title, Product, Versions, Platform, Category, Published, Modified, Keywords, Technology, QueryWords,
        AppliesTo, Related, Status, FixedIn, State, Copyright, Disclaimer, Events,
    ];

    /// <summary>Keys of one entry of the events list.</summary>
    public static IReadOnlyList<string> EventKeys { get; } = ["source", "id", "level", "message"];
}
