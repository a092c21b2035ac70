
namespace KbSite.Content;

/// <summary>
/// The import report as the command line prints it: a line per file (what became of it, its number, "assigned" when
/// the import gave it one), the reader's notes indented below it, refusals to the error writer, and a total.
/// </summary>
public static class ImportReportText
{
    public static async Task WriteAsync(ImportReport report, string source, bool dryRun, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var file in report.Files)
        {
            if (file.Outcome == ImportOutcome.Refused)
            {
                await error.WriteLineAsync($"refused {file.File}: {file.Notes[^1]}");
                continue;
            }

            var outcome = dryRun ? WouldBe(file.Outcome) : file.Outcome.ToString().ToLowerInvariant();
            var number = file.NumberAssigned ? $"{file.Number} (assigned)" : file.Number;
            await output.WriteLineAsync($"{outcome,-10} {number,-20} {file.File}");
            foreach (var note in file.Notes)
            {
                await output.WriteLineAsync($"           - {note}");
            }
        }

        var assigned = report.Assigned.Count();
        await output.WriteLineAsync(
            $"{(dryRun ? "Dry run, nothing written" : "Imported")} {source}: {report}{(assigned > 0 ? $", {assigned} numbered by the import" : "")}.");
    }

    private static string WouldBe(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Created => "would-create",
        ImportOutcome.Updated => "would-update",
        _ => "unchanged",
    };
}
