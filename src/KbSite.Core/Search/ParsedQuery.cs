namespace KbSite.Search;

/// <summary>What a reader typed, taken apart: words, quoted phrases, excluded words and field filters.</summary>
public sealed class ParsedQuery
{
    public List<string> Words { get; } = [];

    public List<string> Phrases { get; } = [];

    public List<string> Excluded { get; } = [];

    /// <summary>Field filters typed in the query: product:, source:, eventid:, status:, version:.</summary>
    public List<(string Field, string Value)> Filters { get; } = [];

    /// <summary>Things worth telling the reader, such as "the query was shortened".</summary>
    public List<string> Notes { get; } = [];

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Filters.Count == 0;

    /// <summary>The words and phrases again, as a query string (for "did you mean").</summary>
    public string ToQueryString(IReadOnlyDictionary<string, string>? replace = null) =>
        string.Join(' ', Filters.Select(f => $"{f.Field}:{Quote(f.Value)}")
            .Concat(Words.Select(w => replace is not null && replace.TryGetValue(w, out var r) ? r : w))
            .Concat(Phrases.Select(p => $"\"{p}\""))
            .Concat(Excluded.Select(e => "-" + Quote(e))));

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
