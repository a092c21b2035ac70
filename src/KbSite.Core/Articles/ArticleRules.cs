namespace KbSite.Articles;

/// <summary>
/// What every stored article must satisfy, whichever way it arrives. The store's column lengths are these constants
/// too (see <see cref="ArticleConfiguration"/>).
/// </summary>
public static class ArticleRules
{
    public const int MaxTitleLength = 400;
    public const int MaxShortFieldLength = 200;
    public const int MaxLevelLength = 32;

    public static string? FirstProblem(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!ArticleNumber.IsCanonical(article.Number))
        {
            return $"the article number \"{article.Number}\" is not of the form Q followed by digits.";
        }

        if (string.IsNullOrWhiteSpace(article.Title))
        {
            return "the title is missing.";
        }

        if (article.Title.Length > MaxTitleLength)
        {
            return $"the title is {article.Title.Length} characters long; at most {MaxTitleLength} are allowed.";
        }

        foreach (var (name, value) in new[] { ("product", article.Product), ("platform", article.Platform), ("category", article.Category) })
        {
            if (value.Length > MaxShortFieldLength)
            {
                return $"the {name} is {value.Length} characters long; at most {MaxShortFieldLength} are allowed.";
            }
        }

        foreach (var e in article.Events)
        {
            if (e.EventId is < 0 or > EventIds.Max)
            {
                return $"event id {e.EventId} is outside 0-65535.";
            }

            if (e.Source.Length > MaxShortFieldLength)
            {
                return $"the event source \"{e.Source[..40]}...\" is longer than {MaxShortFieldLength} characters.";
            }

            if (e.Level.Length > MaxLevelLength)
            {
                return $"the level of event {e.EventId} is longer than {MaxLevelLength} characters.";
            }

            if (string.IsNullOrWhiteSpace(e.Message))
            {
                return $"event {e.EventId} has no message.";
            }
        }

        return null;
    }
}
