namespace KbSite.Editing;

public static class EditingServiceCollectionExtensions
{
    /// <summary>The editors' operations on articles: saves with revisions, lifecycle, soft delete, diffs.</summary>
    public static IServiceCollection AddKbEditing(this IServiceCollection services)
    {
        services.AddSingleton<ArticleEditor>();
        services.AddSingleton<AuditLog>();
        return services;
    }
}
