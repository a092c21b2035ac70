using Microsoft.Extensions.Options;

namespace KbSite.Editing;

public static class EditingServiceCollectionExtensions
{
    /// <summary>
    /// The one door for article writes and what uses it: the editor (saves, lifecycle, history, diffs), imports and
    /// seeding, the editors' lists and the audit log. Used by the site and the command-line verbs alike.
    /// </summary>
    public static IServiceCollection AddKbEditing(this IServiceCollection services)
    {
        services.AddSingleton<ArticleWriter>();
        services.AddSingleton<ArticleEditor>();
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ImportOptions>>().Value.Numbering);
        services.AddSingleton<ArticleImport>();
        services.AddSingleton<ContentSeeder>();
        services.AddSingleton<EditorArticleQueries>();
        services.AddSingleton<AuditLog>();
        return services;
    }
}
