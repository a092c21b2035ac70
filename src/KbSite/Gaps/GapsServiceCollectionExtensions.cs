using KbSite.Articles;
using Microsoft.Extensions.Options;

namespace KbSite.Gaps;

public static class GapsServiceCollectionExtensions
{
    /// <summary>
    /// What readers did not find, as the editors' to-do list: the recorder (told by the match and search endpoints
    /// through <see cref="IReaderMisses"/>), its background writer and pruning, and the gaps queries.
    /// </summary>
    public static IServiceCollection AddKbGaps(this IServiceCollection services)
    {
        services.AddOptions<GapsOptions>().BindConfiguration(GapsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GapsOptions>>().Value.ToSettings());
        services.AddSingleton<GapRecorder>();
        services.AddSingleton<IReaderMisses>(sp => sp.GetRequiredService<GapRecorder>());
        services.AddSingleton<GapQueries>();
        services.AddSingleton<ArticleFeedbackLog>();
        services.AddHostedService<GapRecording>();
        return services;
    }
}
