using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Continuity.Verification;

namespace Tsunagi.Continuity.Data.Configurations;

internal sealed class BackupVerificationConfiguration : IEntityTypeConfiguration<BackupVerification>
{
    public void Configure(EntityTypeBuilder<BackupVerification> builder)
    {
        builder.ToTable("backup_verifications");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => v.FinishedAt);
        builder.Property(v => v.Provider).HasMaxLength(16);
        builder.Property(v => v.BackupLabel).HasMaxLength(200);
        builder.Property(v => v.Trigger).HasMaxLength(16);
    }
}
