using KbSite.Search;

namespace KbSite.Startup;

/// <summary>
/// The search index as /healthz reports it: documents, why it is rebuilt, why commits fail, and how far it is behind
/// the change feed (the sequence it applied, the newest in the store, the difference).
/// </summary>
public sealed record IndexHealthDto(int Documents, string? Rebuilding, string? CommitError, long Applied, long? Latest, long? Lag);

/// <summary>The store as /healthz reports it: whether this node reached it just now, and what went wrong if not.</summary>
public sealed record StoreHealthDto(bool Reachable, string? Error);

/// <summary>
/// The answer of GET /healthz for this node: "ready", "degraded" (serving, the index healing), "starting", "failed"
/// (seeding failed) or "unavailable" (the store cannot be reached).
/// </summary>
public sealed record HealthDto(string Status, string Node, StoreHealthDto Store, IndexHealthDto Index);

public static class HealthApi
{
    private static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// GET /healthz: 200 once the store is migrated and seeded ("degraded" while the index is rebuilt or its commits
    /// fail: searches still answer); 503 before that, when seeding failed, or while the store cannot be reached (a load
    /// balancer then sends readers elsewhere; the node recovers by itself when the store is back).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (StoreReadiness readiness, SearchIndex index, SearchIndexSync sync, CancellationToken cancellationToken) =>
            {
                var (store, lag) = await ProbeAsync(sync, cancellationToken);
                var health = index.Health;
                var indexDto = new IndexHealthDto(health.Documents, health.RebuildReason, health.CommitError, index.AppliedSequence, lag?.Latest, lag?.Behind);
                var status = !readiness.IsReady ? (readiness.WhenReady.IsFaulted ? "failed" : "starting")
                    : !store.Reachable ? "unavailable"
                    : health.RebuildReason is null && health.CommitError is null ? "ready" : "degraded";
                var dto = new HealthDto(status, Environment.MachineName, store, indexDto);
                return Results.Json(dto, statusCode: status is "ready" or "degraded" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Reads the feed's newest sequence: that it answers within a few seconds is the store's health.</summary>
    private static async Task<(StoreHealthDto Store, IndexLag? Lag)> ProbeAsync(SearchIndexSync sync, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StoreTimeout);
        try
        {
            return (new StoreHealthDto(true, null), await sync.LagAsync(timeout.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new StoreHealthDto(false, $"no answer within {StoreTimeout.TotalSeconds:N0} seconds"), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the provider throws for a store it cannot reach; health never answers with an error page.
            return (new StoreHealthDto(false, $"{e.GetType().Name}: {e.Message}"), null);
        }
    }
}
