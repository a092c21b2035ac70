namespace KbSite.Search;

/// <summary>
/// Event source names compared the way people write them: case, spaces and punctuation do not matter, so
/// "MSExchangeMTA", "MSExchange MTA" and "msexchange mta" are one source.
/// </summary>
public static class SourceName
{
    public static string Normalize(string? source) =>
        new string((source ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static string Key(string? source, int eventId) =>
        Normalize(source) + ":" + eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
