namespace KbSite.Content;

/// <summary>A file (or one article of it) that could not be imported, and why.</summary>
public sealed record ImportProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}

/// <summary>What an import did (or, for a preview, would do): the articles it created, updated or left unchanged, and what it refused.</summary>
public sealed class ImportReport
{
    public List<string> Created { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Adds what another part of the same import did.</summary>
    public void Add(ImportReport part)
    {
        ArgumentNullException.ThrowIfNull(part);
        Created.AddRange(part.Created);
        Updated.AddRange(part.Updated);
        Unchanged.AddRange(part.Unchanged);
        Problems.AddRange(part.Problems);
    }

    public override string ToString() =>
        $"{Created.Count} created, {Updated.Count} updated, {Unchanged.Count} unchanged, {Problems.Count} refused";
}
