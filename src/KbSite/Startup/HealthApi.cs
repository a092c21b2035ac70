namespace KbSite.Startup;

/// <summary>The answer of GET /healthz: "ready", "starting" or "failed".</summary>
public sealed record HealthDto(string Status);

public static class HealthApi
{
    /// <summary>GET /healthz: 200 once the store is migrated and seeded, 503 before (or when seeding failed).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (StoreReadiness readiness) => readiness.IsReady
                ? Results.Ok(new HealthDto("ready"))
                : Results.Json(new HealthDto(readiness.WhenReady.IsFaulted ? "failed" : "starting"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
        return endpoints;
    }
}
