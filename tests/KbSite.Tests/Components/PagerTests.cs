using Bunit;

namespace KbSite.Components;

public sealed class PagerTests : BunitContext
{
    private IRenderedComponent<Pager> Pager(int page, int pages) =>
        Render<Pager>(p => p.Add(c => c.PageNumber, page).Add(c => c.PageCount, pages).Add(c => c.Url, n => $"/list?page={n}").Add(c => c.Label, "Result pages"));

    [Fact]
    public void A_single_page_shows_no_pager()
    {
        Assert.Empty(Pager(1, 1).Markup.Trim());
    }

    [Fact]
    public void A_middle_page_links_both_ways_and_says_where_it_is()
    {
        var cut = Pager(2, 3);

        Assert.Equal("Result pages", cut.Find("nav").GetAttribute("aria-label"));
        Assert.Equal("/list?page=1", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/list?page=3", cut.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Page 2 of 3", cut.Find("span").TextContent);
    }

    [Fact]
    public void The_first_and_last_pages_have_no_link_past_the_end()
    {
        Assert.Empty(Pager(1, 3).FindAll("a[rel=prev]"));
        Assert.Empty(Pager(3, 3).FindAll("a[rel=next]"));
    }
}
