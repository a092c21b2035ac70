using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KbSite.Gaps;

/// <summary>
/// Gaps are looked up by their key; listed most met first, walking (Count, LastSeenUtc) backwards (the table's id
/// breaks ties in the same direction); counted by (LastSeenUtc, DismissedUtc) alone; pruned by last seen; capped per
/// day by first seen.
/// </summary>
internal sealed class PasteGapConfiguration : IEntityTypeConfiguration<PasteGap>
{
    public const int MaxDismissReasonLength = 500;

    public void Configure(EntityTypeBuilder<PasteGap> gap)
    {
        gap.ToTable("PasteGaps");
        gap.HasIndex(g => g.Key).IsUnique();
        gap.HasIndex(g => new { g.Count, g.LastSeenUtc });
        gap.HasIndex(g => new { g.LastSeenUtc, g.DismissedUtc });
        gap.HasIndex(g => g.FirstSeenUtc);
        gap.Property(g => g.Key).HasMaxLength(64);
        gap.Property(g => g.Source).HasMaxLength(PasteGap.MaxSourceLength);
        gap.Property(g => g.Message).HasMaxLength(PasteGap.MaxMessageLength);
        gap.Property(g => g.DismissReason).HasMaxLength(MaxDismissReasonLength);
    }
}

internal sealed class SearchGapConfiguration : IEntityTypeConfiguration<SearchGap>
{
    public void Configure(EntityTypeBuilder<SearchGap> gap)
    {
        gap.ToTable("SearchGaps");
        gap.HasIndex(g => g.Query).IsUnique();
        gap.HasIndex(g => new { g.Count, g.LastSeenUtc });
        gap.HasIndex(g => new { g.LastSeenUtc, g.DismissedUtc });
        gap.HasIndex(g => g.FirstSeenUtc);
        gap.Property(g => g.Query).HasMaxLength(SearchGap.MaxQueryLength);
        gap.Property(g => g.DismissReason).HasMaxLength(PasteGapConfiguration.MaxDismissReasonLength);
    }
}

internal sealed class ArticleFeedbackConfiguration : IEntityTypeConfiguration<ArticleFeedback>
{
    public void Configure(EntityTypeBuilder<ArticleFeedback> feedback)
    {
        feedback.ToTable("ArticleFeedback");
        feedback.HasIndex(f => new { f.Number, f.Day }).IsUnique();
        feedback.HasIndex(f => f.Day);
        feedback.Property(f => f.Number).HasMaxLength(Articles.ArticleNumber.MaxLength);
    }
}
