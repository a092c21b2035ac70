namespace KbSite.Gaps;

/// <summary>A search query as a gap records it: lower case, spaces collapsed, at most <see cref="SearchGap.MaxQueryLength"/> characters.</summary>
public static class GapQuery
{
    public static string Normalise(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = query.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return text.Length > SearchGap.MaxQueryLength ? text[..SearchGap.MaxQueryLength].TrimEnd() : text;
    }
}
