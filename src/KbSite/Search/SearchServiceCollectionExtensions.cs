using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The Lucene index under Kb:DataDir/index (one singleton owns its writer; the site's process is the only one that
    /// registers it), with the fields other features contribute; the searcher; and following the store's change feed.
    /// </summary>
    public static IServiceCollection AddKbSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new SearchIndex(
            Path.Combine(sp.GetRequiredService<IOptions<KbOptions>>().Value.DataDir, "index"),
            sp.GetServices<IArticleDocumentContributor>(),
            sp.GetRequiredService<ILogger<SearchIndex>>()));
        services.AddSingleton<ArticleSearcher>();
        services.AddSingleton<SearchIndexSync>();
        services.AddSingleton<IArticleChangeListener>(sp => sp.GetRequiredService<SearchIndexSync>());
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<ChangeFeedSignal>();
        services.AddHostedService<ChangeFeedFollower>();
        services.AddHostedService<PostgresChangeListener>();
        return services;
    }
}
