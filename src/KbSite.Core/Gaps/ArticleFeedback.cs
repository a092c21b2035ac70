namespace KbSite.Gaps;

/// <summary>
/// Readers' answers to "Did this answer it?" for one article on one day: counts only, nothing about who answered.
/// </summary>
public sealed class ArticleFeedback
{
    public int Id { get; set; }

    public string Number { get; set; } = "";

    public DateOnly Day { get; set; }

    public int Yes { get; set; }

    public int No { get; set; }
}
