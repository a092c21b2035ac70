using KbSite.Search;

namespace KbSite.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>Matching pasted events against the articles' event signatures: its own fields in the search index, and the matcher.</summary>
    public static IServiceCollection AddKbMatching(this IServiceCollection services)
    {
        services.AddSingleton<IArticleDocumentContributor, SignatureFields>();
        services.AddSingleton<EventMatcher>();
        return services;
    }
}
