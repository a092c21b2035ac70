namespace KbSite.Hosting;

public static class HealthEndpoints
{
    /// <summary>GET /healthz: 200 once the store is migrated and seeded, 503 before (or when seeding failed).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (StoreReadiness readiness) => readiness.IsReady
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = readiness.WhenReady.IsFaulted ? "failed" : "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
        return endpoints;
    }
}
