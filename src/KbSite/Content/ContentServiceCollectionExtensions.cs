namespace KbSite.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Import and export for editors: the uploads kept between preview and import.</summary>
    public static IServiceCollection AddKbContent(this IServiceCollection services)
    {
        services.AddSingleton<PendingUploads>();
        return services;
    }
}
