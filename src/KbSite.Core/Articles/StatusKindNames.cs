namespace KbSite.Articles;

/// <summary>The spelling of <see cref="StatusKind"/> in the content format, URLs and the API ("confirmed-problem").</summary>
public static class StatusKindNames
{
    private static readonly Dictionary<StatusKind, string> Names = new()
    {
        [StatusKind.Information] = "information",
        [StatusKind.ConfirmedProblem] = "confirmed-problem",
        [StatusKind.Fixed] = "fixed",
        [StatusKind.ByDesign] = "by-design",
    };

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(this StatusKind kind) => Names[kind];

    public static string ToDisplay(this StatusKind kind) => kind switch
    {
        StatusKind.ConfirmedProblem => "Confirmed problem",
        StatusKind.Fixed => "Fixed",
        StatusKind.ByDesign => "By design",
        _ => "Information",
    };

    /// <summary>Accepts the content-format name, the enum name and loose spellings ("Confirmed Problem", "bydesign").</summary>
    public static bool TryParse(string? text, out StatusKind kind)
    {
        var key = new string((text ?? "").Where(char.IsLetter).ToArray());
        foreach (var (k, name) in Names)
        {
            if (string.Equals(key, name.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = StatusKind.Information;
        return false;
    }
}
