using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Portal.Domain;

namespace Tsunagi.Portal.Data.Configurations;

internal sealed class ResidentSignInCodeConfiguration : IEntityTypeConfiguration<ResidentSignInCode>
{
    public void Configure(EntityTypeBuilder<ResidentSignInCode> builder)
    {
        builder.ToTable("resident_sign_in_codes");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.IdentityKey });
        builder.Property(c => c.IdentityKey).HasMaxLength(64);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
    }
}
