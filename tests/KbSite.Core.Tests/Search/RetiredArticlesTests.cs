using KbSite.Articles;
using KbSite.Matching;

namespace KbSite.Search;

/// <summary>Retired articles stay findable, marked as such, and below a current article that answers as well.</summary>
public sealed class RetiredArticlesTests
{
    private static Article Make(string number, ArticleState state) => new()
    {
        Number = number,
        Title = "Zorbulator queue stops after the nightly backup",
        Body = "The zorbulator queue stops.",
        State = state,
        Events = [new EventSignature { Source = "Zorbulator", EventId = 4100, Level = "Error", Message = "The zorbulator queue on EXCH01 stopped after the backup." }],
    };

    // Both orders: the retired one indexed first, then last, so index order cannot decide.
    public static TheoryData<bool> RetiredFirst => new() { true, false };

    [Theory]
    [MemberData(nameof(RetiredFirst))]
    public void A_retired_article_ranks_below_a_published_one_of_equal_score_and_says_it_is_retired(bool retiredFirst)
    {
        var articles = new[] { Make("Q2", ArticleState.Retired), Make("Q1", ArticleState.Published) };
        using var index = new SearchTestIndex(retiredFirst ? articles : articles.Reverse());

        var hits = index.Searcher.Search(new SearchRequest("zorbulator queue")).Hits;

        Assert.Equal([("Q1", "published"), ("Q2", "retired")], hits.Select(h => (h.Id, h.State)));
    }

    [Theory]
    [MemberData(nameof(RetiredFirst))]
    public void A_retired_article_comes_after_a_published_one_that_explains_the_paste_as_well(bool retiredFirst)
    {
        var articles = new[] { Make("Q1", ArticleState.Retired), Make("Q2", ArticleState.Published) };
        using var index = new SearchTestIndex(retiredFirst ? articles : articles.Reverse());

        var matches = new EventMatcher(index.Index).Match("Zorbulator Event ID 4100\nThe zorbulator queue on MAIL7 stopped after the backup.").Matches;

        Assert.Equal([("Q2", ArticleState.Published), ("Q1", ArticleState.Retired)], matches.Select(m => (m.Id, m.State)));
        Assert.Equal(matches[0].Score, matches[1].Score);
    }
}
