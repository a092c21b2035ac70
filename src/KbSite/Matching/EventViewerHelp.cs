using System.Globalization;
using KbSite.Articles;
using KbSite.Search;

namespace KbSite.Matching;

/// <summary>
/// The target of Windows Event Viewer's "Event Log Online Help" link when an admin points it at KbSite
/// (MicrosoftRedirectionURL = https://kb.example.org/eventviewer). Windows adds the event to the query string:
/// EvtSrc, EvtID, ProdName, ProdVer, LCID (Vista and later); Windows XP and Server 2003 also send EvtType, FileName,
/// FileVer and CoName. Names are read in any case. Only the source and id decide: one article with that signature
/// opens, several are listed, none says so (and offers the paste page) and is recorded as a gap. An id that is not an
/// event number (other products' help links send names there) becomes a search.
/// </summary>
public static class EventViewerHelp
{
    public const string Path = "/eventviewer";

    /// <summary>Vista and later name many sources by their provider ("Microsoft-Windows-Kernel-Power"); articles print the short name.</summary>
    private const string ProviderPrefix = "Microsoft-Windows-";

    public static IResult Answer(HttpRequest request, EventMatcher matcher, IReaderMisses misses)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(misses);
        var source = Bounded(request.Query["EvtSrc"].ToString(), 256);
        var idText = Bounded(request.Query["EvtID"].ToString(), 64);
        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id > 65535)
        {
            var words = string.Join(' ', new[] { source, idText }.Where(w => w.Length > 0));
            return Results.Redirect(words.Length == 0 ? "/match" : "/search?q=" + Uri.EscapeDataString(words));
        }

        if (source.Length == 0)
        {
            return Results.Redirect("/match?eventId=" + id.ToString(CultureInfo.InvariantCulture));
        }

        var articles = matcher.ArticlesFor(source, id);
        if (articles.Count == 0 && source.StartsWith(ProviderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            source = source[ProviderPrefix.Length..];
            articles = matcher.ArticlesFor(source, id);
        }

        if (articles.Count == 1)
        {
            return Results.Redirect(ArticleUrls.Article(articles[0].Id));
        }

        if (articles.Count == 0)
        {
            misses.PasteUnexplained(source, id, "");
        }

        return Results.Redirect($"/events/{Uri.EscapeDataString(source)}/{id.ToString(CultureInfo.InvariantCulture)}");
    }

    private static string Bounded(string text, int max) => (text.Length > max ? text[..max] : text).Trim();
}
