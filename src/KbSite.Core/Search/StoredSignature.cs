using System.Text.Json;
using KbSite.Articles;

namespace KbSite.Search;

/// <summary>An event signature as the index stores it.</summary>
public sealed record StoredSignature(string Source, int EventId, string Level, string Message)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IEnumerable<EventSignature> events) =>
        JsonSerializer.Serialize(events.OrderBy(e => e.Order).Select(e => new StoredSignature(e.Source, e.EventId, e.Level, e.Message)), Json);

    public static IReadOnlyList<StoredSignature> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredSignature>>(json, Json) ?? [];
}
