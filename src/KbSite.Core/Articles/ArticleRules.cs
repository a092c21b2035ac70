namespace KbSite.Articles;

/// <summary>
/// What every stored article must satisfy, whichever way it arrives: every field is bounded, so no door (editor,
/// upload, command line) can store an article that costs more than these to keep, index or show. The store's column
/// lengths are these constants too (see <see cref="ArticleConfiguration"/>), and the editor form checks the same ones.
/// </summary>
public static class ArticleRules
{
    public const int MaxTitleLength = 400;

    /// <summary>Product, platform, category, an event's source.</summary>
    public const int MaxShortFieldLength = 200;

    public const int MaxLevelLength = 32;

    /// <summary>Fixed-in, copyright, and each item of a list (versions, keywords, applies-to, ...).</summary>
    public const int MaxLineLength = 400;

    public const int MaxSummaryLength = 1000;

    /// <summary>Front-matter keys of other systems, kept as YAML.</summary>
    public const int MaxOtherFrontMatterLength = 64 * 1024;

    /// <summary>The path of an imported file.</summary>
    public const int MaxOriginLength = 400;

    public const int MaxListItems = 200;

    /// <summary>The legal notice of an imported article.</summary>
    public const int MaxDisclaimerLength = 16_000;

    /// <summary>The Markdown body: the size of the largest content file.</summary>
    public const int MaxBodyLength = 4 * 1024 * 1024;

    public const int MaxEvents = 100;

    /// <summary>An event message as printed (the largest paste is 8,000 characters; a printed dump may be longer).</summary>
    public const int MaxMessageLength = 16_000;

    public static string? FirstProblem(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!ArticleNumber.IsCanonical(article.Number))
        {
            return $"the article number \"{Shorten(article.Number)}\" is not of the form Q followed by digits.";
        }

        if (string.IsNullOrWhiteSpace(article.Title))
        {
            return "the title is missing.";
        }

        return TooLong("title", article.Title, MaxTitleLength)
               ?? TooLong("summary", article.Summary, MaxSummaryLength)
               ?? TooLong("author", article.Author, MaxShortFieldLength)
               ?? TooLong("other front-matter keys", article.OtherFrontMatter, MaxOtherFrontMatterLength)
               ?? TooLong("origin", article.Origin, MaxOriginLength)
               ?? TooLong("product", article.Product, MaxShortFieldLength)
               ?? TooLong("platform", article.Platform, MaxShortFieldLength)
               ?? TooLong("category", article.Category, MaxShortFieldLength)
               ?? TooLong("fixed-in", article.FixedIn, MaxLineLength)
               ?? TooLong("copyright", article.Copyright, MaxLineLength)
               ?? TooLong("disclaimer", article.Disclaimer, MaxDisclaimerLength)
               ?? TooLong("body", article.Body, MaxBodyLength)
               ?? NestingProblem(article.Body)
               ?? ListProblem("versions", article.Versions)
               ?? ListProblem("keywords", article.Keywords)
               ?? ListProblem("technology", article.Technology)
               ?? ListProblem("query words", article.QueryWords)
               ?? ListProblem("applies-to", article.AppliesTo)
               ?? ListProblem("related articles", article.Related)
               ?? EventsProblem(article.Events);
    }

    private static string? EventsProblem(List<EventSignature> events)
    {
        if (events.Count > MaxEvents)
        {
            return $"the article has {events.Count} event signatures; at most {MaxEvents} are allowed.";
        }

        foreach (var e in events)
        {
            if (e.EventId is < 0 or > EventIds.Max)
            {
                return $"event id {e.EventId} is outside 0-65535.";
            }

            if (string.IsNullOrWhiteSpace(e.Message))
            {
                return $"event {e.EventId} has no message.";
            }

            var problem = TooLong($"source of event {e.EventId}", e.Source, MaxShortFieldLength)
                          ?? TooLong($"level of event {e.EventId}", e.Level, MaxLevelLength)
                          ?? TooLong($"message of event {e.EventId}", e.Message, MaxMessageLength);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? NestingProblem(string body)
    {
        var depth = MarkdownNesting.Depth(body);
        return depth > MarkdownNesting.MaxDepth
            ? $"the body nests {depth:N0} levels deep (block quotes, list items or brackets); at most {MarkdownNesting.MaxDepth} are allowed."
            : null;
    }

    private static string? ListProblem(string name, List<string> items)
    {
        if (items.Count > MaxListItems)
        {
            return $"the {name} list has {items.Count} items; at most {MaxListItems} are allowed.";
        }

        var longest = items.MaxBy(i => i.Length);
        return longest is null ? null : TooLong($"item \"{Shorten(longest)}\" of the {name}", longest, MaxLineLength);
    }

    private static string? TooLong(string name, string value, int max) =>
        value.Length > max ? $"the {name} is {value.Length:N0} characters long; at most {max:N0} are allowed." : null;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
