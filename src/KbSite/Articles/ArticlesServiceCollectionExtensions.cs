namespace KbSite.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>The reads behind the public article pages and API, and the output cache of anonymous article pages.</summary>
    public static IServiceCollection AddKbArticles(this IServiceCollection services)
    {
        services.AddSingleton<ArticleQueries>();
        services.AddOutputCache(o => o.AddPolicy(ArticlePageCache.PolicyName, new ArticlePageCache()));
        services.AddSingleton<IArticleChangeListener, ArticlePageCacheEviction>();
        return services;
    }
}
