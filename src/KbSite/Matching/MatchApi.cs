using System.Text.Json;
using KbSite.Articles;
using KbSite.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KbSite.Matching;

/// <summary>A pasted event as the API shows it.</summary>
public sealed record PastedEventDto(string Source, int? EventId, string Level, string Message, string Format);

/// <summary>A ranked article of POST /api/match.</summary>
public sealed record MatchDto(string Id, string Title, string State, double Score, int Event, IReadOnlyList<string> Reasons);

/// <summary>The answer of POST /api/match: the ranked articles that explain the events, and those only like them.</summary>
public sealed record MatchResponseDto(IReadOnlyList<PastedEventDto> Events, IReadOnlyList<MatchDto> Matches, IReadOnlyList<MatchDto> Related);

public static class MatchApi
{
    /// <summary>The largest paste accepted, by the API and the page alike.</summary>
    public const int MaxPasteBytes = 256 * 1024;

    /// <summary>POST /api/match with the paste as text/plain or JSON {"text": ...}; GET /eventviewer, Event Viewer's help link (<see cref="EventViewerHelp"/>).</summary>
    public static IEndpointRouteBuilder MapMatchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/match", MatchAsync).WithTags("Matching").DisableAntiforgery().RequireRateLimiting(PublicApiRateLimit.Policy);
        endpoints.MapGet(EventViewerHelp.Path, EventViewerHelp.Answer).ExcludeFromDescription().RequireRateLimiting(PublicApiRateLimit.Policy);
        return endpoints;
    }

    public static MatchResponseDto ToDto(MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new MatchResponseDto(
            result.Events.Select(e => new PastedEventDto(e.Source, e.EventId, e.Level, e.Message, e.Format)).ToList(),
            result.Matches.Select(Dto).ToList(),
            result.Related.Select(Dto).ToList());

        static MatchDto Dto(ArticleMatch m) => new(m.Id, m.Title, m.State.ToString().ToLowerInvariant(), m.Score, m.BestEvent, m.Reasons);
    }

    private static async Task<Results<Ok<MatchResponseDto>, ProblemHttpResult>> MatchAsync(HttpRequest request, EventMatcher matcher, IReaderMisses misses)
    {
        if (await BoundedBody.ReadTextAsync(request, MaxPasteBytes, request.HttpContext.RequestAborted) is not { } text)
        {
            return TooLarge();
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                text = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString() ?? ""
                    : throw new JsonException("no \"text\" string");
            }
            catch (JsonException)
            {
                return TypedResults.Problem("Send the paste as text/plain, or as JSON {\"text\": \"...\"}.", statusCode: StatusCodes.Status400BadRequest, title: "Unreadable request");
            }
            catch (InvalidOperationException)
            {
                // A "\ud800" escape: a string .NET cannot hold as text.
                return NotUnicode();
            }
        }

        var result = matcher.Match(text);
        misses.Report(result);
        return TypedResults.Ok(ToDto(result));
    }

    private static ProblemHttpResult NotUnicode() =>
        TypedResults.Problem("The paste holds text that is not valid Unicode (a lone surrogate); copy the event again.", statusCode: StatusCodes.Status400BadRequest, title: "Unreadable paste");

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"A paste may be at most {MaxPasteBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Paste too large");
}
