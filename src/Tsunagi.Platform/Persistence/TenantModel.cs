using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>Maps every <see cref="ITenantOwned"/> entity: a required tenant_id column and the named tenant query filter.</summary>
public static class TenantModel
{
    /// <summary>The name of the query filter; only Platform code may ignore it.</summary>
    public const string FilterName = "Tenant";

    public const string ColumnName = "tenant_id";

    public const int TenantIdMaxLength = 32;

    public static void Apply(ModelBuilder builder, DbContext context)
    {
        var currentTenant = Expression.Property(Expression.Constant(context), "CurrentTenantId");
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Property(nameof(ITenantOwned.TenantId)).HasColumnName(ColumnName).HasMaxLength(TenantIdMaxLength).IsRequired();
            var row = Expression.Parameter(entityType.ClrType, "row");
            var body = Expression.Equal(Expression.Property(row, nameof(ITenantOwned.TenantId)), currentTenant);
            entity.HasQueryFilter(FilterName, Expression.Lambda(body, row));
        }
    }
}
