using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KbSite.Articles;

/// <summary>How an article is stored; lengths are the ones <see cref="ArticleRules"/> checks.</summary>
internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.Number).IsUnique();
        article.HasIndex(a => new { a.State, a.Product });
        article.HasIndex(a => a.Modified);
        article.Property(a => a.Number).HasMaxLength(ArticleNumber.MaxLength);
        article.Property(a => a.Title).HasMaxLength(ArticleRules.MaxTitleLength);
        article.Property(a => a.Summary).HasMaxLength(ArticleRules.MaxSummaryLength);
        article.Property(a => a.Author).HasMaxLength(ArticleRules.MaxShortFieldLength);
        article.Property(a => a.OtherFrontMatter).HasMaxLength(ArticleRules.MaxOtherFrontMatterLength);
        article.Property(a => a.Origin).HasMaxLength(ArticleRules.MaxOriginLength);
        article.HasIndex(a => a.Origin);
        article.Property(a => a.Product).HasMaxLength(ArticleRules.MaxShortFieldLength);
        article.Property(a => a.Platform).HasMaxLength(ArticleRules.MaxShortFieldLength);
        article.Property(a => a.Category).HasMaxLength(ArticleRules.MaxShortFieldLength);
        article.Property(a => a.StatusKind).HasConversion<string>().HasMaxLength(32);
        article.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        article.Property(a => a.Version).IsConcurrencyToken();
        article.HasMany(a => a.Events)
            .WithOne(e => e.Article)
            .HasForeignKey(e => e.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
