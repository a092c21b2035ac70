using System.ComponentModel.DataAnnotations;
using KbSite.Articles;
using KbSite.Content;

namespace KbSite.Editing;

/// <summary>One event signature row of the editor.</summary>
public sealed class EventRow
{
    [Required(ErrorMessage = "Enter the event source.")]
    [StringLength(ArticleRules.MaxShortFieldLength)]
    public string Source { get; set; } = "";

    [Range(0, 65535, ErrorMessage = "An event id is a number from 0 to 65535.")]
    public int EventId { get; set; }

    [StringLength(ArticleRules.MaxLevelLength)]
    public string Level { get; set; } = "";

    [Required(ErrorMessage = "Enter the message as the article shows it.")]
    [StringLength(ArticleRules.MaxMessageLength)]
    public string Message { get; set; } = "";

    public static EventRow From(EventSignature e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventRow { Source = e.Source, EventId = e.EventId, Level = e.Level, Message = e.Message };
    }
}

/// <summary>The editor's form: every field of the content format, lists as one line each or comma-separated.</summary>
public sealed class ArticleForm
{
    [Required(ErrorMessage = "Enter the article number, such as Q152877.")]
    [RegularExpression(@"^\s*(?:[Qq]|[Kk][Bb])?\s*[1-9]\d{0,8}\s*$", ErrorMessage = "An article number is Q followed by digits, such as Q152877.")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(ArticleRules.MaxTitleLength, ErrorMessage = "A title has at most 400 characters.")]
    public string Title { get; set; } = "";

    [StringLength(ArticleRules.MaxSummaryLength)]
    public string Summary { get; set; } = "";

    [StringLength(ArticleRules.MaxShortFieldLength)]
    public string Author { get; set; } = "";

    [StringLength(ArticleRules.MaxShortFieldLength)]
    public string Product { get; set; } = "";

    public string Versions { get; set; } = "";

    [StringLength(ArticleRules.MaxShortFieldLength)]
    public string Platform { get; set; } = "";

    public DateOnly? Published { get; set; }

    public DateOnly? Modified { get; set; }

    public string Keywords { get; set; } = "";

    public string Technology { get; set; } = "";

    /// <summary>One query word per line ("S E R V P A C K" stays one word).</summary>
    public string QueryWords { get; set; } = "";

    /// <summary>One "applies to" line per line.</summary>
    public string AppliesTo { get; set; } = "";

    public StatusKind Status { get; set; }

    [StringLength(ArticleRules.MaxLineLength)]
    public string FixedIn { get; set; } = "";

    [StringLength(ArticleRules.MaxShortFieldLength)]
    public string Category { get; set; } = "";

    /// <summary>Article numbers this one points to, comma-separated.</summary>
    [RegularExpression(@"^[\sQqKkBb0-9,]*$", ErrorMessage = "List article numbers such as Q152877, separated by commas.")]
    public string Related { get; set; } = "";

    [StringLength(ArticleRules.MaxLineLength)]
    public string Copyright { get; set; } = "";

    [StringLength(ArticleRules.MaxDisclaimerLength)]
    public string Disclaimer { get; set; } = "";

    [StringLength(ArticleRules.MaxBodyLength)]
    public string Body { get; set; } = "";

    [StringLength(Editing.ArticleRevision.MaxCommentLength)]
    public string Comment { get; set; } = "";

    /// <summary>The article's own event rows; signatures found in the body are not rows (they follow the body).</summary>
    public List<EventRow> Events { get; set; } = [];

    /// <summary>Other systems' front-matter keys, shown read-only and kept as they are.</summary>
    public string OtherFrontMatter { get; private set; } = "";

    public static ArticleForm From(Article a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ArticleForm
        {
            Number = a.Number,
            Title = a.Title,
            Summary = a.Summary,
            Author = a.Author,
            Product = a.Product,
            Versions = string.Join(", ", a.Versions),
            Platform = a.Platform,
            Published = a.Published,
            Modified = a.Modified,
            Keywords = string.Join(", ", a.Keywords),
            Technology = string.Join(", ", a.Technology),
            QueryWords = string.Join("\n", a.QueryWords),
            AppliesTo = string.Join("\n", a.AppliesTo),
            Status = a.StatusKind,
            FixedIn = a.FixedIn,
            Category = a.Category,
            Related = string.Join(", ", a.Related),
            Copyright = a.Copyright,
            Disclaimer = a.Disclaimer,
            Body = a.Body,
            Events = a.Events.Where(e => !e.FromBody).OrderBy(e => e.Order).Select(EventRow.From).ToList(),
            OtherFrontMatter = a.OtherFrontMatter,
        };
    }

    /// <summary>The article this form describes; fields the form does not show are taken from <paramref name="basis"/>.</summary>
    public Article ToArticle(Article? basis)
    {
        var article = new Article();
        if (basis is not null)
        {
            ArticleContent.Copy(basis, article);
        }

        article.Number = ArticleNumber.TryNormalize(Number, out var n) ? n : Number.Trim();
        article.Title = Title.Trim();
        article.Summary = Summary.Trim();
        article.Author = Author.Trim();
        article.Product = Product.Trim();
        article.Versions = Split(Versions, ',');
        article.Platform = Platform.Trim();
        article.Published = Published;
        article.Modified = Modified;
        article.Keywords = Split(Keywords, ',');
        article.Technology = Split(Technology, ',');
        article.QueryWords = Split(QueryWords, '\n');
        article.AppliesTo = Split(AppliesTo, '\n');
        article.StatusKind = Status;
        article.FixedIn = FixedIn.Trim();
        article.Category = Category.Trim();
        article.Related = Split(Related, ',').Select(r => ArticleNumber.TryNormalize(r, out var number) ? number : r).ToList();
        article.Copyright = Copyright.Trim();
        article.Disclaimer = Disclaimer.Trim();
        article.Body = Body.Replace("\r\n", "\n", StringComparison.Ordinal);
        article.Events = Events.Select((e, i) => EventSignature.At(i, e.Source.Trim(), e.EventId, e.Level.Trim(), e.Message.Trim())).ToList();
        return article;
    }

    private static List<string> Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
