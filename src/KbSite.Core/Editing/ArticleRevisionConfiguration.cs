using KbSite.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KbSite.Editing;

/// <summary>Revisions hang off their article (and go with it); numbered once per article.</summary>
internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.ToTable("Revisions");
        revision.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.Property(r => r.SavedBy).HasMaxLength(AuditEntry.MaxNameLength);
        revision.Property(r => r.Comment).HasMaxLength(ArticleRevision.MaxCommentLength);
    }
}
