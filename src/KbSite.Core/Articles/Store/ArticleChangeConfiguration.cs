using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KbSite.Articles.Store;

/// <summary>The feed is read by sequence and will be pruned by age.</summary>
internal sealed class ArticleChangeConfiguration : IEntityTypeConfiguration<ArticleChange>
{
    public void Configure(EntityTypeBuilder<ArticleChange> change)
    {
        change.ToTable("ArticleChanges");
        change.HasKey(c => c.Sequence);
        change.Property(c => c.Sequence).ValueGeneratedOnAdd();
        change.HasIndex(c => c.AtUtc);
        change.Property(c => c.Number).HasMaxLength(ArticleNumber.MaxLength);
        change.Property(c => c.Kind).HasMaxLength(ArticleChange.MaxKindLength);
    }
}
