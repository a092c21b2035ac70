namespace KbSite.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>Matching pasted events against the articles' event signatures (uses the search index).</summary>
    public static IServiceCollection AddKbMatching(this IServiceCollection services)
    {
        services.AddSingleton<EventMatcher>();
        return services;
    }
}
