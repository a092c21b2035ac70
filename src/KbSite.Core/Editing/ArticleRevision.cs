using KbSite.Articles;
using KbSite.Content;

namespace KbSite.Editing;

/// <summary>
/// One saved state of an article: the whole article in the content format (front matter + body), so that a diff of
/// two revisions shows the structured fields and the body alike, and a restore brings back every field.
/// </summary>
public sealed class ArticleRevision
{
    public const int MaxCommentLength = 1000;

    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>1 for the first save of the article, then 2, 3, ...</summary>
    public int Number { get; set; }

    public DateTime SavedUtc { get; set; }

    public string SavedBy { get; set; } = "";

    public string Comment { get; set; } = "";

    /// <summary>The article as <see cref="Content.ArticleMarkdownWriter"/> writes it.</summary>
    public string Content { get; set; } = "";

    /// <summary>A snapshot of the article as it is now (its store id must be known).</summary>
    public static ArticleRevision Of(Article article, int number, string savedBy, string? comment, DateTime savedUtc)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleRevision
        {
            ArticleId = article.Id,
            Number = number,
            SavedUtc = savedUtc,
            SavedBy = savedBy,
            Comment = comment?.Trim() ?? "",
            Content = ArticleMarkdownWriter.Write(article),
        };
    }
}
