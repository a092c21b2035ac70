using KbSite.Search;

namespace KbSite.Startup;

/// <summary>The search index as /healthz reports it.</summary>
public sealed record IndexHealthDto(int Documents, string? Rebuilding, string? CommitError);

/// <summary>The answer of GET /healthz: "ready", "degraded" (serving, the index healing), "starting" or "failed".</summary>
public sealed record HealthDto(string Status, IndexHealthDto Index);

public static class HealthApi
{
    /// <summary>
    /// GET /healthz: 200 once the store is migrated and seeded ("degraded" while the index is rebuilt or its commits
    /// fail: searches still answer), 503 before that or when seeding failed.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (StoreReadiness readiness, SearchIndex index) =>
            {
                var health = index.Health;
                var indexDto = new IndexHealthDto(health.Documents, health.RebuildReason, health.CommitError);
                if (!readiness.IsReady)
                {
                    return Results.Json(new HealthDto(readiness.WhenReady.IsFaulted ? "failed" : "starting", indexDto), statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                return Results.Ok(new HealthDto(health.RebuildReason is null && health.CommitError is null ? "ready" : "degraded", indexDto));
            })
            .ExcludeFromDescription();
        return endpoints;
    }
}
