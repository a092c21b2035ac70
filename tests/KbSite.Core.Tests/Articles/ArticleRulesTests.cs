namespace KbSite.Articles;

public sealed class ArticleRulesTests
{
    private static Article Valid() => new()
    {
        Number = "Q152877",
        Title = "XCON: Unexpected event ID's",
        Events = [new EventSignature { Source = "MSExchangeMTA", EventId = 1004, Level = "Error", Message = "An error occurred." }],
    };

    [Fact]
    public void A_complete_article_has_no_problem()
    {
        Assert.Null(ArticleRules.FirstProblem(Valid()));
    }

    public static TheoryData<Action<Article>, string> Broken => new()
    {
        { a => a.Number = "152877", "Q followed by digits" },
        { a => a.Title = "  ", "title is missing" },
        { a => a.Title = new string('t', ArticleRules.MaxTitleLength + 1), "at most 400" },
        { a => a.Product = new string('p', ArticleRules.MaxShortFieldLength + 1), "the product is 201 characters" },
        { a => a.Platform = new string('p', ArticleRules.MaxShortFieldLength + 1), "the platform is 201 characters" },
        { a => a.Category = new string('c', ArticleRules.MaxShortFieldLength + 1), "the category is 201 characters" },
        { a => a.Events[0].EventId = 65536, "outside 0-65535" },
        { a => a.Events[0].EventId = -1, "outside 0-65535" },
        { a => a.Events[0].Source = new string('s', ArticleRules.MaxShortFieldLength + 1), "source of event 1004" },
        { a => a.Events[0].Level = new string('l', ArticleRules.MaxLevelLength + 1), "level of event 1004" },
        { a => a.Events[0].Message = " ", "event 1004 has no message" },
        { a => a.Events[0].Message = new string('m', ArticleRules.MaxMessageLength + 1), "message of event 1004 is 16,001 characters" },
        { a => a.Events.AddRange(Enumerable.Range(0, ArticleRules.MaxEvents).Select(i => EventSignature.At(i + 1, "S", i, "", "m"))), "at most 100 are allowed" },
        { a => a.FixedIn = new string('f', ArticleRules.MaxLineLength + 1), "the fixed-in is 401" },
        { a => a.Copyright = new string('c', ArticleRules.MaxLineLength + 1), "the copyright is 401" },
        { a => a.Disclaimer = new string('d', ArticleRules.MaxDisclaimerLength + 1), "the disclaimer is 16,001" },
        { a => a.Body = new string('b', ArticleRules.MaxBodyLength + 1), "the body is 4,194,305" },
        { a => a.AppliesTo = [.. Enumerable.Repeat("Exchange 4.0", ArticleRules.MaxListItems + 1)], "applies-to list has 201 items" },
        { a => a.Keywords = ["ok", new string('k', ArticleRules.MaxLineLength + 1)], "of the keywords is 401" },
        { a => a.Body = new string('>', 100_000) + " x", "the body nests 100,000 levels deep" },
        { a => a.Body = new string('[', 200_000), "the body nests 200,000 levels deep" },
        { a => a.Body = string.Concat(Enumerable.Range(0, 1500).Select(i => new string(' ', i * 2) + "- item\n")), "the body nests 1,500 levels deep" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_broken_rule_is_named(Action<Article> breakIt, string expected)
    {
        var article = Valid();
        breakIt(article);

        Assert.Contains(expected, ArticleRules.FirstProblem(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_at_the_limits_are_allowed()
    {
        var article = Valid();
        article.Title = new string('t', ArticleRules.MaxTitleLength);
        article.Category = new string('c', ArticleRules.MaxShortFieldLength);
        article.Events[0].EventId = EventIds.Max;
        article.Events[0].Level = new string('l', ArticleRules.MaxLevelLength);

        Assert.Null(ArticleRules.FirstProblem(article));
    }
}
