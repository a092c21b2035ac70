using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles;

public sealed class ArticleVisibilityTests
{
    [Theory]
    [InlineData(ArticleState.Draft, false, false)]
    [InlineData(ArticleState.Published, false, true)]
    [InlineData(ArticleState.Retired, false, true)]
    [InlineData(ArticleState.Draft, true, false)]
    [InlineData(ArticleState.Published, true, false)]
    [InlineData(ArticleState.Retired, true, false)]
    public void Readers_see_published_and_retired_articles_that_are_not_deleted(ArticleState state, bool deleted, bool visible)
    {
        var article = new Article { State = state, DeletedUtc = deleted ? DateTime.UtcNow : null };

        Assert.Equal(visible, ArticleVisibility.IsPublic(article));
    }

    [Fact]
    public async Task The_store_filter_and_the_rule_in_memory_agree()
    {
        using var store = new TestStore();
        var all = (from state in Enum.GetValues<ArticleState>()
                   from deleted in new[] { false, true }
                   select new Article { State = state, DeletedUtc = deleted ? DateTime.UtcNow : null }).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Number = $"Q{i + 1}";
            all[i].Title = $"Article {i + 1}";
        }

        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            db.Articles.AddRange(all);
            await db.SaveChangesAsync();
        }

        await using var read = await store.Factory.CreateDbContextAsync();
        var inStore = await read.Articles.Where(ArticleVisibility.IsPublicInStore).Select(a => a.Number).OrderBy(n => n).ToListAsync();

        Assert.Equal(all.Where(ArticleVisibility.IsPublic).Select(a => a.Number).Order(), inStore);
        Assert.Equal(2, inStore.Count);
    }
}
