namespace KbSite.Articles;

/// <summary>A knowledge-base article: structured facts plus a Markdown body. The store is the source of truth.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>Canonical number, "Q" + digits (see <see cref="ArticleNumber"/>); unique.</summary>
    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>One or two sentences that say what the article is about ("description" in most other systems).</summary>
    public string Summary { get; set; } = "";

    /// <summary>Who wrote the article, as its source names them.</summary>
    public string Author { get; set; } = "";

    /// <summary>Product family, e.g. "Microsoft Exchange".</summary>
    public string Product { get; set; } = "";

    /// <summary>Product versions the article is about, e.g. ["4.0", "5.0"].</summary>
    public List<string> Versions { get; set; } = [];

    /// <summary>Platform or operating system, e.g. "winnt" or "Windows NT 4.0".</summary>
    public string Platform { get; set; } = "";

    /// <summary>The classic KB area the article was filed under ("exchange" in "[exchange]").</summary>
    public string Category { get; set; } = "";

    public DateOnly? Published { get; set; }

    public DateOnly? Modified { get; set; }

    /// <summary>KB keywords such as "kbusage" or "kbbug".</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>Technology tags such as "kbExchange400".</summary>
    public List<string> Technology { get; set; } = [];

    /// <summary>Additional query words: words readers search with that the text may not contain.</summary>
    public List<string> QueryWords { get; set; } = [];

    /// <summary>The "applies to" lines, one product and version each.</summary>
    public List<string> AppliesTo { get; set; } = [];

    /// <summary>Numbers of articles this one points readers to.</summary>
    public List<string> Related { get; set; } = [];

    public StatusKind StatusKind { get; set; }

    /// <summary>The status statement as the article words it (the text of its "Status" section).</summary>
    public string StatusText { get; set; } = "";

    /// <summary>The release that corrects the problem, e.g. "Microsoft Exchange Server 4.0 U.S. Service Pack 2".</summary>
    public string FixedIn { get; set; } = "";

    /// <summary>Copyright line of an imported article, kept as printed.</summary>
    public string Copyright { get; set; } = "";

    /// <summary>Legal notice of an imported classic article, kept as printed.</summary>
    public string Disclaimer { get; set; } = "";

    /// <summary>
    /// Front-matter keys this format has no field for (another system's "ms.topic", "weight", ...), kept as YAML exactly
    /// as they came and written back on export: nothing an import brings is lost.
    /// </summary>
    public string OtherFrontMatter { get; set; } = "";

    /// <summary>Where an imported article came from (its file's path in the import), so that importing it again updates it.</summary>
    public string Origin { get; set; } = "";

    /// <summary>The article text in Markdown, sections as "## Symptoms", "## Cause", ...</summary>
    public string Body { get; set; } = "";

    public ArticleState State { get; set; } = ArticleState.Published;

    public List<EventSignature> Events { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the article was deleted (soft: an admin can restore it); null while it exists.</summary>
    public DateTime? DeletedUtc { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every save; a save made against an older value is refused.</summary>
    public int Version { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
