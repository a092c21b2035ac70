using KbSite.Articles;

namespace KbSite.Content;

/// <summary>
/// Brings an imported article within <see cref="ArticleRules"/> where only a detail is over a limit: a title, summary or
/// list item too long is cut, a list too long keeps its first items, an event signature that breaks a rule is dropped.
/// Each is a note; the article is imported. The body is not cut: a body beyond the rules is refused whole.
/// </summary>
internal static class ArticleFit
{
    public static void Apply(Article article, ICollection<string> notes)
    {
        article.Title = Cut("title", article.Title, ArticleRules.MaxTitleLength, notes);
        article.Summary = Cut("summary", article.Summary, ArticleRules.MaxSummaryLength, notes);
        article.Author = Cut("author", article.Author, ArticleRules.MaxShortFieldLength, notes);
        article.Product = Cut("product", article.Product, ArticleRules.MaxShortFieldLength, notes);
        article.Platform = Cut("platform", article.Platform, ArticleRules.MaxShortFieldLength, notes);
        article.Category = Cut("category", article.Category, ArticleRules.MaxShortFieldLength, notes);
        article.FixedIn = Cut("fixed-in", article.FixedIn, ArticleRules.MaxLineLength, notes);
        article.Copyright = Cut("copyright", article.Copyright, ArticleRules.MaxLineLength, notes);
        article.Disclaimer = Cut("disclaimer", article.Disclaimer, ArticleRules.MaxDisclaimerLength, notes);
        article.Versions = Fit("versions", article.Versions, notes);
        article.Keywords = Fit("keywords", article.Keywords, notes);
        article.Technology = Fit("technology", article.Technology, notes);
        article.QueryWords = Fit("query words", article.QueryWords, notes);
        article.AppliesTo = Fit("applies-to", article.AppliesTo, notes);
        article.Related = Fit("related", article.Related, notes);
        if (article.OtherFrontMatter.Length > ArticleRules.MaxOtherFrontMatterLength)
        {
            notes.Add($"the other front-matter keys take {article.OtherFrontMatter.Length / 1024:N0} KB, more than the {ArticleRules.MaxOtherFrontMatterLength / 1024} KB kept; they were dropped.");
            article.OtherFrontMatter = "";
        }

        article.Events = FitEvents(article.Events, notes);
    }

    /// <summary>A value cut to one list line's length (a fixed-in taken from a long sentence).</summary>
    public static string Line(string value) => value.Length <= ArticleRules.MaxLineLength ? value : value[..ArticleRules.MaxLineLength].TrimEnd();

    private static string Cut(string name, string value, int max, ICollection<string> notes)
    {
        if (value.Length <= max)
        {
            return value;
        }

        notes.Add($"the {name} is {value.Length:N0} characters long; it was cut to {max:N0}.");
        var cut = value[..max];
        return char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut;
    }

    private static List<string> Fit(string name, List<string> items, ICollection<string> notes)
    {
        var fitted = items.Select(i => Cut($"item \"{FrontMatterFields.Shorten(i)}\" of the {name}", i, ArticleRules.MaxLineLength, notes)).ToList();
        if (fitted.Count > ArticleRules.MaxListItems)
        {
            notes.Add($"the {name} list has {fitted.Count:N0} items; the first {ArticleRules.MaxListItems} were kept.");
            fitted = fitted.Take(ArticleRules.MaxListItems).ToList();
        }

        return fitted;
    }

    private static List<EventSignature> FitEvents(List<EventSignature> events, ICollection<string> notes)
    {
        var kept = new List<EventSignature>();
        foreach (var e in events.OrderBy(e => e.Order))
        {
            var problem = e.Message.Length == 0 ? "it has no message"
                : e.Message.Length > ArticleRules.MaxMessageLength ? $"its message is longer than {ArticleRules.MaxMessageLength:N0} characters"
                : e.Source.Length > ArticleRules.MaxShortFieldLength ? $"its source is longer than {ArticleRules.MaxShortFieldLength} characters"
                : e.Level.Length > ArticleRules.MaxLevelLength ? $"its level is longer than {ArticleRules.MaxLevelLength} characters"
                : kept.Count >= ArticleRules.MaxEvents ? $"an article keeps at most {ArticleRules.MaxEvents} signatures"
                : null;
            if (problem is null)
            {
                kept.Add(EventSignature.At(kept.Count, e.Source, e.EventId, e.Level, e.Message, e.FromBody));
            }
            else
            {
                notes.Add($"event {e.EventId} was dropped: {problem}.");
            }
        }

        return kept;
    }
}
