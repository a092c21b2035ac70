namespace KbSite.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>The reads behind the public article pages and API.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<ArticleAdminQueries>();
        return services;
    }
}
