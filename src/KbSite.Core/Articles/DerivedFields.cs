using System.Text.RegularExpressions;

namespace KbSite.Articles;

/// <summary>
/// The fields of an article that follow from others, set the same way whichever door the article comes through (an
/// editor's save, an import, seeding): the status text is the text of the body's "## Status" section, and an article
/// without event signatures of its own gets the event blocks its body prints (marked <see cref="EventSignature.FromBody"/>,
/// found again on every save, so they follow the body as it is edited).
/// </summary>
public static class DerivedFields
{
    public static void Apply(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.StatusText = MarkdownSections.Text(article.Body, "Status");
        var own = article.Events.Where(e => !e.FromBody).ToList();
        if (own.Count > 0)
        {
            article.Events = own;
            return;
        }

        try
        {
            article.Events = BodyEvents.Find(article.Body);
        }
        catch (RegexMatchTimeoutException)
        {
            // A body built to stall the scanner keeps its text; it just gets no signatures from it.
            article.Events = [];
        }
    }
}
