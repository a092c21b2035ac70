using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KbSite.Hosting;

public static class HostingExtensions
{
    /// <summary>The site around the features: the store, error answers, trusted proxies, rate limits.</summary>
    public static IHostApplicationBuilder AddKbHosting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddKbStore();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ErrorResponses>();
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.IsValid, "Kb:Proxy:KnownProxies must hold IP addresses.").ValidateOnStart();
        builder.Services.AddKbRateLimits();
        return builder;
    }

    /// <summary>
    /// What every request passes first: forwarded headers from trusted proxies only, error answers (no stack traces in
    /// any environment), HSTS over https, security headers, rate limits.
    /// </summary>
    public static WebApplication UseKbHosting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var proxy = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxy.IsConfigured)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            app.UseForwardedHeaders(forwarded);
        }

        app.UseKbErrors();
        app.UseHsts();
        app.UseKbSecurityHeaders();
        app.UseRateLimiter();
        return app;
    }
}
