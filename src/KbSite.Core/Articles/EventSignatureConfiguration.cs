using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KbSite.Articles;

/// <summary>How an event signature is stored: looked up by source and id, and by id alone.</summary>
internal sealed class EventSignatureConfiguration : IEntityTypeConfiguration<EventSignature>
{
    public void Configure(EntityTypeBuilder<EventSignature> signature)
    {
        signature.Property(e => e.Source).HasMaxLength(ArticleRules.MaxShortFieldLength);
        signature.Property(e => e.Level).HasMaxLength(ArticleRules.MaxLevelLength);
        signature.HasIndex(e => new { e.Source, e.EventId });
        signature.HasIndex(e => e.EventId);
    }
}
