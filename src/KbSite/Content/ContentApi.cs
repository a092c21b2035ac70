using KbSite.Accounts;
using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Editing;
using KbSite.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Content;

/// <summary>
/// Import and export for editors: upload .md, .txt or a .zip, see what would be created or changed, then apply (the
/// same import as the command line, through the same writer as the editor); download one article as .md or the whole
/// base as .zip.
/// </summary>
public static class ContentApi
{
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var editors = endpoints.MapGroup("").RequireAuthorization(p => p.RequireRole(KbRoles.Admin, KbRoles.Editor));
        editors.MapGet("/admin/articles/{id}/export", ExportOneAsync);
        editors.MapGet("/admin/export", ExportAllAsync);
        // Antiforgery is checked in the handlers (AntiforgeryCheck), so that a forged post gets a clear 400.
        editors.MapPost("/admin/import/preview", PreviewAsync).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes));
        editors.MapPost("/admin/import/apply", ApplyAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportOneAsync(string id, IDbContextFactory<KbDbContext> dbFactory)
    {
        if (!ArticleNumber.TryNormalize(id, out var number))
        {
            return TypedResults.NotFound();
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var article = await db.Articles.AsNoTracking().Include(a => a.Events).FirstOrDefaultAsync(a => a.Number == number && a.DeletedUtc == null);
        return article is null
            ? TypedResults.NotFound()
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ArticleMarkdownWriter.Write(article)), "text/markdown; charset=utf-8", number + ".md");
    }

    private static async Task<FileContentHttpResult> ExportAllAsync(IDbContextFactory<KbDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Events).Where(a => a.DeletedUtc == null).OrderBy(a => a.Number).ToListAsync();
        return TypedResults.File(ContentArchive.Write(articles), "application/zip", "kbsite-articles.zip");
    }

    private static async Task<IResult> PreviewAsync(HttpContext http, ArticleImport import, PendingUploads pending)
    {
        if (await AntiforgeryCheck.RefuseAsync(http) is { } refused)
        {
            return refused;
        }

        var file = http.Request.Form.Files["file"];
        if (file is null || file.Length == 0)
        {
            return Page(ImportView.Failed("Choose a .md, .txt or .zip file to upload."));
        }

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer);
            bytes = buffer.ToArray();
        }

        try
        {
            var files = ContentArchive.Open(file.FileName, bytes);
            var report = await import.ImportFilesAsync(files, by: http.User.Identity?.Name ?? "import", dryRun: true, cancellationToken: http.RequestAborted);
            var token = await pending.KeepAsync(file.FileName, bytes, http.RequestAborted);
            return Page(new ImportView(file.FileName, report, token, Applied: false, Error: null));
        }
        catch (ContentFormatException e)
        {
            return Page(ImportView.Failed(e.Message));
        }
    }

    private static async Task<IResult> ApplyAsync(HttpContext http, ArticleImport import, PendingUploads pending)
    {
        if (await AntiforgeryCheck.RefuseAsync(http) is { } refused)
        {
            return refused;
        }

        if (await pending.ClaimAsync(http.Request.Form["token"].ToString(), http.RequestAborted) is not var (name, bytes))
        {
            return Page(ImportView.Failed("That upload is gone (it was applied already, expired after an hour, or never made it). Upload the file again."));
        }

        var report = await import.ImportFilesAsync(ContentArchive.Open(name, bytes), by: http.User.Identity?.Name ?? "import", cancellationToken: http.RequestAborted);
        return Page(new ImportView(name, report, null, Applied: true, Error: null));
    }

    private static RazorComponentResult<ImportResultPage> Page(ImportView view) =>
        new RazorComponentResult<ImportResultPage>(new Dictionary<string, object?> { [nameof(ImportResultPage.View)] = view });
}

/// <summary>What the import pages show.</summary>
public sealed record ImportView(string FileName, ImportReport? Report, string? Token, bool Applied, string? Error)
{
    public static ImportView Failed(string error) => new("", null, null, false, error);
}
