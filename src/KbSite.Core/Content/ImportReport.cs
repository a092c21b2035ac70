namespace KbSite.Content;

/// <summary>A file that could not be imported and why.</summary>
public sealed record ImportProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}

/// <summary>What an import did: which articles it created, updated or left unchanged, and which files it refused.</summary>
public sealed class ImportReport
{
    public List<string> Created { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public IEnumerable<string> Changed => Created.Concat(Updated);

    public override string ToString() =>
        $"{Created.Count} created, {Updated.Count} updated, {Unchanged.Count} unchanged, {Problems.Count} refused";
}
