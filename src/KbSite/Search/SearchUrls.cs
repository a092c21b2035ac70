using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace KbSite.Search;

/// <summary>Linkable results-page addresses: /search?q=...&amp;product=...&amp;page=2.</summary>
public sealed record SearchUrls(string Query, string? Product, string? Version, string? Status, SearchSort Sort, int Page)
{
    public string With(string? product = null, string? version = null, string? status = null, SearchSort? sort = null, int? page = null, bool clearProduct = false, bool clearVersion = false, bool clearStatus = false)
    {
        var values = new Dictionary<string, string?> { ["q"] = Query };
        Add(values, "product", clearProduct ? null : product ?? Product);
        Add(values, "version", clearVersion ? null : version ?? Version);
        Add(values, "status", clearStatus ? null : status ?? Status);
        if ((sort ?? Sort) == SearchSort.Newest)
        {
            values["sort"] = "newest";
        }

        var p = page ?? 1;
        if (p > 1)
        {
            values["page"] = p.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/search", values);
    }

    public static string For(string query) => QueryHelpers.AddQueryString("/search", "q", query);

    /// <summary>The search for exactly this query, never replaced by a correction's results.</summary>
    public static string Verbatim(string query) => QueryHelpers.AddQueryString(For(query), "verbatim", "1");

    private static void Add(Dictionary<string, string?> values, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[key] = value;
        }
    }
}
