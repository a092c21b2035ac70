using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KbSite.Editing;

/// <summary>The audit log is read newest first and by article or account.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.ToTable("Audit");
        audit.HasIndex(a => a.WhenUtc);
        audit.HasIndex(a => a.Target);
        audit.Property(a => a.Who).HasMaxLength(AuditEntry.MaxNameLength);
        audit.Property(a => a.Action).HasMaxLength(AuditEntry.MaxActionLength);
        audit.Property(a => a.Target).HasMaxLength(AuditEntry.MaxNameLength);
    }
}
