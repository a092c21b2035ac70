using KbSite.Articles.Store;
using KbSite.Search;
using Microsoft.AspNetCore.Diagnostics;

namespace KbSite.Hosting;

/// <summary>
/// How failures are answered, in every environment: APIs get problem details (JSON) with a message, never a stack
/// trace or an HTML page; pages get the site's error page (or, for 404, the not-found page). A search index being
/// rebuilt, or a store that cannot be reached, is a 503 with Retry-After, not a 500.
/// </summary>
public sealed class ErrorResponses : IExceptionHandler
{
    public const string Unexpected = "Something went wrong on our side; nothing was half-written. Try again, and if it keeps happening, tell an administrator.";

    public const string StoreUnavailable = "The knowledge base cannot reach its database just now. Nothing was half-written; try again in a moment.";

    public static bool IsApi(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    public static int StatusOf(Exception error) => error switch
    {
        SearchUnavailableException => StatusCodes.Status503ServiceUnavailable,
        _ when StoreFailure.IsUnavailable(error) => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException e => e.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>APIs are answered here; pages fall through to the error page (with the status set here).</summary>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var status = StatusOf(exception);
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        // The middleware has already pointed the request at the error page: the original path says whether it was an API.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var detail = status == StatusCodes.Status500InternalServerError ? Unexpected
            : StoreFailure.IsUnavailable(exception) ? StoreUnavailable : exception.Message;
        await Results.Problem(detail, statusCode: status).ExecuteAsync(httpContext);
        return true;
    }
}

public static class ErrorResponsesExtensions
{
    public static IApplicationBuilder UseKbErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            CreateScopeForErrors = true,
            StatusCodeSelector = ErrorResponses.StatusOf,
        });

        // A status without a body: the not-found page for readers; problem details for APIs (a 401 is not a page).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(async (http, next) =>
        {
            if (!ErrorResponses.IsApi(http))
            {
                await next(http);
                return;
            }

            if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            await next(http);
            var response = http.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await Results.Problem(statusCode: response.StatusCode).ExecuteAsync(http);
            }
        });
        return app;
    }
}
