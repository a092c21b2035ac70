using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KbSite.Hosting;

/// <summary>
/// The public APIs (search, match) are limited per client address with a token bucket (ASP.NET Core's rate limiter);
/// a client over its share gets 429 with Retry-After and a problem that says so.
/// </summary>
public static class PublicApiRateLimit
{
    public const string Policy = "public-api";

    public static IServiceCollection AddKbRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value.ApiPerClientPerMinute;
                return perMinute == 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(http), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, perMinute / 10),
                        TokensPerPeriod = Math.Max(1, perMinute / 60),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    $"Too many requests from your address; try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Slow down").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>The client's address (the real one behind a trusted proxy, see <see cref="ProxyOptions"/>).</summary>
    public static string ClientKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
