using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Platform.Persistence.Configurations;

/// <summary>
/// Identity keeps its own primary keys (its store finds rows by them); every unique index starts with
/// tenant_id so a duplicate-key error never tells one tenant what another holds.
/// </summary>
internal sealed class StaffIdentityConfiguration : IEntityTypeConfiguration<StaffMember>, IEntityTypeConfiguration<StaffRole>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
        RemoveIndexOn(builder.Metadata, nameof(StaffMember.NormalizedUserName));
        RemoveIndexOn(builder.Metadata, nameof(StaffMember.NormalizedEmail));
        builder.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.NormalizedEmail });
    }

    public void Configure(EntityTypeBuilder<StaffRole> builder)
    {
        builder.Property(r => r.DisplayName).HasMaxLength(100).IsRequired();
        RemoveIndexOn(builder.Metadata, nameof(StaffRole.NormalizedName));
        builder.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique();
    }

    private static void RemoveIndexOn(IMutableEntityType entity, string propertyName)
    {
        var property = entity.FindProperty(propertyName);
        var index = property is null ? null : entity.FindIndex(property);
        if (index is not null)
        {
            entity.RemoveIndex(index);
        }
    }
}
