using Bunit;
using Microsoft.AspNetCore.Components;

namespace KbSite.Articles;

public sealed class ArticleMetaTests : BunitContext
{
    [Fact]
    public void The_line_shows_number_product_versions_status_and_date()
    {
        var cut = Render<ArticleMeta>(p => p
            .Add(c => c.Number, "Q152877")
            .Add(c => c.Product, "Microsoft Exchange")
            .Add(c => c.Versions, ["4.0", "5.0"])
            .Add(c => c.Status, StatusKind.Fixed)
            .Add(c => c.State, ArticleState.Published)
            .Add(c => c.Modified, new DateOnly(1999, 3, 28)));

        Assert.Equal("Q152877", cut.Find(".article-number").TextContent);
        Assert.Contains("Microsoft Exchange 4.0, 5.0", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Fixed", cut.Find(".status--fixed").TextContent);
        Assert.Empty(cut.FindAll(".badge"));
        Assert.Equal("1999-03-28", cut.Find("time").GetAttribute("datetime"));
        Assert.Equal("28 Mar 1999", cut.Find("time").TextContent);
    }

    [Fact]
    public void A_state_other_than_published_is_a_badge_and_the_list_adds_its_own_parts()
    {
        var cut = Render<ArticleMeta>(p => p
            .Add(c => c.Number, "Q900101")
            .Add(c => c.State, ArticleState.Retired)
            .Add(c => c.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<span class=\"match-score\">score 1.00</span>"))));

        Assert.Equal("Retired", cut.Find(".badge--retired").TextContent);
        Assert.Equal("score 1.00", cut.Find(".match-score").TextContent);
        Assert.Empty(cut.FindAll("time"));
        Assert.Empty(cut.FindAll(".status"));
    }
}
