namespace KbSite.Articles.Store;

/// <summary>
/// One row of the change feed: an article was written. It belongs to the store, not to a feature: Editing's one door
/// writes it and the search indexes are to read it. The door appends a row per article in the same transaction as the
/// write, so a reader of the feed (a node's search index) that applies the rows in sequence order misses no
/// write and sees none that was rolled back. The feed says which article; its current content is read from the store.
/// </summary>
public sealed class ArticleChange
{
    public const int MaxKindLength = 64;

    /// <summary>Increases with every write (the store's own key): the position in the feed.</summary>
    public long Sequence { get; set; }

    public string Number { get; set; } = "";

    /// <summary>What the write was, as the audit calls it: created, saved, published, retired, deleted, restored, imported, ...</summary>
    public string Kind { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
