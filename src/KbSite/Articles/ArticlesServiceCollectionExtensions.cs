namespace KbSite.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>The reads behind the public article pages and API.</summary>
    public static IServiceCollection AddKbArticles(this IServiceCollection services)
    {
        services.AddSingleton<ArticleQueries>();
        return services;
    }
}
