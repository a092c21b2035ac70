using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KbSite.Hosting;

/// <summary>
/// Whole numbers from the query string (top, skip, page, pageSize), read by the endpoints themselves: "abc", "1e9" or a
/// number out of range gets a 400 that names the parameter and its range, never a 500 or a cost without bound.
/// </summary>
public static class QueryNumbers
{
    public static bool TryRead(string? text, string name, int fallback, int min, int max, out int value, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = null;
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        problem = TypedResults.Problem(
            $"{name} must be a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}; \"{Shorten(text)}\" is not.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Bad paging");
        return false;
    }

    /// <summary>For pages: the number the text spells, or null for anything else (a page shows its default instead).</summary>
    public static int? Lenient(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "...";
}
