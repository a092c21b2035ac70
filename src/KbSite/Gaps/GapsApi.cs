using System.Globalization;
using KbSite.Accounts;
using KbSite.Hosting;

namespace KbSite.Gaps;

/// <summary>A gap as GET /api/admin/gaps returns it.</summary>
public sealed record GapDto(string Kind, int Id, string? Source, int? EventId, string Text, int Count, DateTime FirstSeen, DateTime LastSeen, string? AnsweredBy, string WriteArticleUrl)
{
    public static GapDto From(GapRow g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.Kind == GapKind.Paste ? "paste" : "search", g.Id, g.Kind == GapKind.Paste ? g.Source : null, g.EventId, g.Text, g.Count, g.FirstSeenUtc, g.LastSeenUtc, g.AnsweredBy, GapLinks.WriteArticle(g));
    }
}

/// <summary>One page of gaps.</summary>
public sealed record GapPageDto(int Total, int Page, int PageSize, IReadOnlyList<GapDto> Items);

public static class GapsApi
{
    /// <summary>
    /// GET /api/admin/gaps?kind=paste|search&amp;since=2026-11-01&amp;page=1&amp;pageSize=50 (Editor or Admin): the gaps,
    /// most met first, for a team's own tracker. POST /admin/gaps/dismiss (the gaps page's form): dismisses one.
    /// </summary>
    public static IEndpointRouteBuilder MapGapsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/gaps", async Task<IResult> (GapQueries queries, string? kind, string? since, string? page, string? pageSize, CancellationToken cancellationToken) =>
            {
                if (!TryReadKind(kind, out var k))
                {
                    return TypedResults.Problem("kind must be paste or search.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (!TryReadSince(since, out var sinceUtc))
                {
                    return TypedResults.Problem("since must be a date or a date and time (2026-11-01, 2026-11-01T08:00:00Z).", statusCode: StatusCodes.Status400BadRequest);
                }

                if (!QueryNumbers.TryRead(page, "page", 1, 1, int.MaxValue, out var pageNumber, out var problem)
                    || !QueryNumbers.TryRead(pageSize, "pageSize", 50, 1, GapQueries.MaxPageSize, out var size, out problem))
                {
                    return problem;
                }

                var result = await queries.ListAsync(k, sinceUtc, pageNumber, size, cancellationToken);
                return TypedResults.Ok(new GapPageDto(result.Total, result.PageNumber, result.PageSize, [.. result.Items.Select(GapDto.From)]));
            })
            .WithTags("Gaps")
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin, KbRoles.Editor));

        // Antiforgery is checked in the handler (AntiforgeryCheck), so that a forged post gets a clear 400.
        endpoints.MapPost("/admin/gaps/dismiss", async Task<IResult> (HttpContext http, GapQueries queries, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (await AntiforgeryCheck.RefuseAsync(http) is { } refused)
                {
                    return refused;
                }

                var form = await http.Request.ReadFormAsync(cancellationToken);
                var back = TryReadKind(form["kind"], out var k) ? (k == GapKind.Paste ? "paste" : "search") : "paste";
                if (!int.TryParse(form["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    return Results.Redirect($"/admin/gaps?kind={back}&note=missing");
                }

                var done = await queries.DismissAsync(k, id, form["reason"].ToString(), clock.GetUtcNow().UtcDateTime, cancellationToken);
                return Results.Redirect($"/admin/gaps?kind={back}&note={(done ? "dismissed" : "missing")}");
            })
            .DisableAntiforgery()
            .RequireAuthorization(p => p.RequireRole(KbRoles.Admin, KbRoles.Editor));
        return endpoints;
    }

    public static bool TryReadKind(string? text, out GapKind kind)
    {
        kind = GapKind.Paste;
        if (string.IsNullOrEmpty(text) || text.Equals("paste", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        kind = GapKind.Search;
        return text.Equals("search", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryReadSince(string? text, out DateTime? sinceUtc)
    {
        sinceUtc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            sinceUtc = parsed;
            return true;
        }

        return false;
    }
}
