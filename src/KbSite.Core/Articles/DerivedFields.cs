using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>
/// The fields of an article that follow from others, set the same way whichever door the article comes through (an
/// editor's save, an import, seeding): the status text is the text of the body's "## Status" section, and an article
/// without event signatures of its own gets the event blocks its body prints.
/// </summary>
public static class DerivedFields
{
    public static void Apply(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.StatusText = MarkdownSections.Text(article.Body, "Status");
        if (article.Events.Count == 0)
        {
            // Fence lines are dropped, not their contents: a block printed as code is still an event the article shows.
            var withoutFences = string.Join('\n', article.Body.Split('\n').Where(l => !l.TrimStart().StartsWith("```", StringComparison.Ordinal)));
            try
            {
                article.Events = EventBlockScanner.ToSignatures(EventBlockScanner.Scan(withoutFences));
            }
            catch (RegexMatchTimeoutException)
            {
                // A body built to stall the scanner keeps its text; it just gets no signatures from it.
                article.Events = [];
            }
        }
    }
}
