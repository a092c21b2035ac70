using System.Linq.Expressions;

namespace KbSite.Articles;

/// <summary>
/// Which articles readers see, and so which ones are searched and matched: published and retired ones that are not
/// deleted. Drafts and deleted articles are for editors only.
/// </summary>
public static class ArticleVisibility
{
    /// <summary>The rule as a filter the store can run.</summary>
    public static Expression<Func<Article, bool>> IsPublicInStore { get; } =
        a => (a.State == ArticleState.Published || a.State == ArticleState.Retired) && a.DeletedUtc == null;

    /// <summary>The same rule on values already read.</summary>
    public static bool IsPublic(ArticleState state, DateTime? deletedUtc) =>
        state is (ArticleState.Published or ArticleState.Retired) && deletedUtc is null;

    public static bool IsPublic(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return IsPublic(article.State, article.DeletedUtc);
    }
}
