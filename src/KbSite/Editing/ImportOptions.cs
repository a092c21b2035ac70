using System.ComponentModel.DataAnnotations;

namespace KbSite.Editing;

/// <summary>
/// The "Kb:Import" configuration section: the numbers an import gives articles that come without one. Keep the range
/// clear of numbers your articles carry: numbers in it are handed out one past the highest in use.
/// </summary>
public sealed class ImportOptions : IValidatableObject
{
    public const string Section = "Kb:Import";

    [Range(1, 999_999_999)]
    public int FirstAssignedNumber { get; set; } = KbSite.Editing.ImportNumbering.Default.First;

    [Range(1, 999_999_999)]
    public int LastAssignedNumber { get; set; } = KbSite.Editing.ImportNumbering.Default.Last;

    public ImportNumbering Numbering => new(FirstAssignedNumber, LastAssignedNumber);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Numbering.Problem is { } problem)
        {
            yield return new ValidationResult($"Kb:Import: {problem}", [nameof(LastAssignedNumber)]);
        }
    }
}
