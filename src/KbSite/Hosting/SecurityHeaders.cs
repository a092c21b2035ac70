namespace KbSite.Hosting;

/// <summary>
/// Headers on every answer: no MIME sniffing, no referrer sent off-site, never framed, and a content security policy
/// for pages (scripts and styles from the site only; Blazor's connection back to it). A redirect names a path on this
/// site, never an absolute address built from the Host header a client sent.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseKbSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            if (headers.Location.ToString() is { Length: > 0 } location && Uri.TryCreate(location, UriKind.Absolute, out var target)
                && string.Equals(target.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
            {
                headers.Location = target.PathAndQuery + target.Fragment;
            }

            return Task.CompletedTask;
        });
        return next(http);
    });
}
