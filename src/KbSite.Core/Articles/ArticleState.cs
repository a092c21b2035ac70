namespace KbSite.Articles;

/// <summary>Where an article is in its life: readers see Published and Retired articles only.</summary>
public enum ArticleState
{
    Draft = 0,
    Published = 1,
    Retired = 2,
}
