namespace KbSite.Content;

/// <summary>A file (or one article of it) that could not be imported, and why.</summary>
public sealed record ImportProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}

/// <summary>What an import did with one file.</summary>
public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Refused,
}

/// <summary>
/// One file of an import: what became of it, the article number it has (and whether the import assigned it), and the
/// reader's notes (keys kept, values dropped, signatures found) or, when refused, why.
/// </summary>
public sealed record ImportedFile(string File, ImportOutcome Outcome, string Number, bool NumberAssigned, IReadOnlyList<string> Notes);

/// <summary>
/// What an import did (or, for a preview, would do): per file, and as the numbers it created, updated or left
/// unchanged and the files it refused.
/// </summary>
public sealed class ImportReport
{
    public List<ImportedFile> Files { get; } = [];

    public List<string> Created { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>The numbers this import assigned (articles that came without one).</summary>
    public IEnumerable<ImportedFile> Assigned => Files.Where(f => f.NumberAssigned && f.Outcome != ImportOutcome.Refused);

    public void Add(ImportedFile file, string? refusal = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        Files.Add(file);
        switch (file.Outcome)
        {
            case ImportOutcome.Created: Created.Add(file.Number); break;
            case ImportOutcome.Updated: Updated.Add(file.Number); break;
            case ImportOutcome.Unchanged: Unchanged.Add(file.Number); break;
            default: Problems.Add(new ImportProblem(file.File, refusal ?? (file.Notes.Count > 0 ? file.Notes[^1] : "refused."))); break;
        }
    }

    /// <summary>A file refused whole, with why.</summary>
    public void Refuse(string file, string why, string number = "", IReadOnlyList<string>? notes = null) =>
        Add(new ImportedFile(file, ImportOutcome.Refused, number, false, [.. notes ?? [], why]), why);

    /// <summary>Adds what another part of the same import did.</summary>
    public void Add(ImportReport part)
    {
        ArgumentNullException.ThrowIfNull(part);
        Files.AddRange(part.Files);
        Created.AddRange(part.Created);
        Updated.AddRange(part.Updated);
        Unchanged.AddRange(part.Unchanged);
        Problems.AddRange(part.Problems);
    }

    public override string ToString() =>
        $"{Created.Count} created, {Updated.Count} updated, {Unchanged.Count} unchanged, {Problems.Count} refused";
}
