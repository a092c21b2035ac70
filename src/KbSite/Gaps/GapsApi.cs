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

/// <summary>A reader's answer to "Did this answer it?" (POST /api/feedback).</summary>
public sealed record FeedbackDto(string? Number, bool Helped);

/// <summary>What POST /api/feedback says back: whether the answer was counted, and a sentence for the reader.</summary>
public sealed record FeedbackAnswerDto(bool Counted, string Message);

/// <summary>One page of gaps.</summary>
public sealed record GapPageDto(int Total, int Page, int PageSize, IReadOnlyList<GapDto> Items);

public static class GapsApi
{
    public const string FeedbackHeader = "X-KB-Feedback";
    private const string FeedbackCookie = "kb-feedback";
    private const int MaxVotesInCookie = 100;
    private const int MaxFeedbackBytes = 1024;

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
        endpoints.MapPost("/api/feedback", RecordFeedbackAsync).DisableAntiforgery().RequireRateLimiting(PublicApiRateLimit.Policy).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>
    /// POST /api/feedback {"number": "Q152877", "helped": true}, from the article page and match results. Anonymous; the
    /// X-KB-Feedback header is required (a form on another site cannot send it, so no other site can vote through a
    /// reader's browser). One answer per browser, article and day: a cookie lists today's articles; nothing else about
    /// the reader is kept.
    /// </summary>
    private static async Task<IResult> RecordFeedbackAsync(HttpContext http, ArticleFeedbackLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!http.Request.Headers.ContainsKey(FeedbackHeader))
        {
            return TypedResults.Problem($"Send the answer with the {FeedbackHeader} header, as the site's pages do.", statusCode: StatusCodes.Status400BadRequest);
        }

        FeedbackDto? vote;
        try
        {
            var body = await BoundedBody.ReadTextAsync(http.Request, MaxFeedbackBytes, cancellationToken);
            vote = body is null ? null : System.Text.Json.JsonSerializer.Deserialize<FeedbackDto>(body, System.Text.Json.JsonSerializerOptions.Web);
        }
        catch (System.Text.Json.JsonException)
        {
            vote = null;
        }

        var number = vote?.Number?.Trim() ?? "";
        if (number.Length is 0 or > Articles.ArticleNumber.MaxLength)
        {
            return TypedResults.Problem("Send {\"number\": \"Q...\", \"helped\": true or false}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var voted = TodaysVotes(http.Request.Cookies[FeedbackCookie], today);
        if (voted.Contains(number))
        {
            return TypedResults.Ok(new FeedbackAnswerDto(false, "Thank you: your answer for this article today is already counted."));
        }

        if (!await log.RecordAsync(number, vote!.Helped, today, cancellationToken))
        {
            return TypedResults.Problem($"There is no article {number}.", statusCode: StatusCodes.Status404NotFound);
        }

        voted.Add(number);
        http.Response.Cookies.Append(FeedbackCookie, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + string.Join('|', voted.TakeLast(MaxVotesInCookie)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Expires = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        });
        return TypedResults.Ok(new FeedbackAnswerDto(true, vote.Helped
            ? "Thank you: glad it helped."
            : "Thank you: the editors will see that this article did not answer it."));
    }

    /// <summary>The articles this browser answered for today (the cookie: "2026-12-01|Q1|Q2"); an older day counts for nothing.</summary>
    private static List<string> TodaysVotes(string? cookie, DateOnly today)
    {
        var parts = (cookie ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts[0] == today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ? [.. parts.Skip(1).Take(MaxVotesInCookie)] : [];
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
