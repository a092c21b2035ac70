namespace KbSite.Articles;

/// <summary>Copies and compares what an article says (every content field and its events), leaving identity and timestamps alone.</summary>
public static class ArticleContent
{
    public static void Copy(Article from, Article to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        to.Number = from.Number;
        to.Title = from.Title;
        to.Summary = from.Summary;
        to.Author = from.Author;
        to.OtherFrontMatter = from.OtherFrontMatter;
        to.Product = from.Product;
        to.Versions = [.. from.Versions];
        to.Platform = from.Platform;
        to.Category = from.Category;
        to.Published = from.Published;
        to.Modified = from.Modified;
        to.Keywords = [.. from.Keywords];
        to.Technology = [.. from.Technology];
        to.QueryWords = [.. from.QueryWords];
        to.AppliesTo = [.. from.AppliesTo];
        to.Related = [.. from.Related];
        to.StatusKind = from.StatusKind;
        to.StatusText = from.StatusText;
        to.FixedIn = from.FixedIn;
        to.Copyright = from.Copyright;
        to.Disclaimer = from.Disclaimer;
        to.Body = from.Body;
        to.State = from.State;
        to.Events = from.Events.OrderBy(e => e.Order).Select((e, i) => EventSignature.At(i, e.Source, e.EventId, e.Level, e.Message, e.FromBody)).ToList();
    }

    public static bool Same(Article a, Article b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Number == b.Number && a.Title == b.Title && a.Summary == b.Summary && a.Author == b.Author
               && a.OtherFrontMatter == b.OtherFrontMatter && a.Product == b.Product && a.Platform == b.Platform
               && a.Category == b.Category && a.Published == b.Published && a.Modified == b.Modified
               && a.Versions.SequenceEqual(b.Versions) && a.Keywords.SequenceEqual(b.Keywords)
               && a.Technology.SequenceEqual(b.Technology) && a.QueryWords.SequenceEqual(b.QueryWords)
               && a.AppliesTo.SequenceEqual(b.AppliesTo) && a.Related.SequenceEqual(b.Related)
               && a.StatusKind == b.StatusKind && a.StatusText == b.StatusText && a.FixedIn == b.FixedIn
               && a.Copyright == b.Copyright && a.Disclaimer == b.Disclaimer && a.Body == b.Body && a.State == b.State
               && a.Events.OrderBy(e => e.Order).Select(Key).SequenceEqual(b.Events.OrderBy(e => e.Order).Select(Key));

        static (string, int, string, string, bool) Key(EventSignature e) => (e.Source, e.EventId, e.Level, e.Message, e.FromBody);
    }
}
