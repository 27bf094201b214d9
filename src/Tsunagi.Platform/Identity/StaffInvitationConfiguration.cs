using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Platform.Identity;

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.ToTable("staff_invitations");
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.HasIndex(i => new { i.TenantId, i.TokenHash }).IsUnique();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(50).IsRequired();

        // Two acceptances racing: the second finds the row changed and fails, so a token is used once.
        builder.Property(i => i.AcceptedAt).IsConcurrencyToken();
    }
}
