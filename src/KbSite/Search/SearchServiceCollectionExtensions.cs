using KbSite.Articles;
using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The Lucene index under Kb:DataDir/index (one singleton owns its writer), the searcher, and store sync.</summary>
    public static IServiceCollection AddKbSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SearchIndex(Path.Combine(sp.GetRequiredService<IOptions<KbOptions>>().Value.DataDir, "index")));
        services.AddSingleton<ArticleSearcher>();
        services.AddSingleton<SearchIndexSync>();
        services.AddSingleton<IArticleChangeListener>(sp => sp.GetRequiredService<SearchIndexSync>());
        services.AddHostedService<SearchIndexCatchUp>();
        return services;
    }
}
