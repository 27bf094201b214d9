using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Export;

/// <summary>
/// Every table that holds a municipality's data, read from the EF models of <see cref="PlatformDbContext"/> and of every registered
/// <see cref="ModuleDatabase"/>, so tables added by later modules are included without changing this code: a table with a tenant_id
/// column is tenant data; the municipality's and its consortium's directory rows go with it. Other tables (OpenIddict's, reference
/// tables) are not a municipality's data. Tables are in an order that satisfies their foreign keys (principal first).
/// </summary>
public static class TenantTables
{
    public const string PlatformName = "platform";

    public static IReadOnlyList<TenantTable> Discover(IServiceProvider scope)
    {
        var contexts = new List<(string Name, DbContext Context)> { (PlatformName, scope.GetRequiredService<PlatformDbContext>()) };
        contexts.AddRange(scope.GetServices<ModuleDatabase>().OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (m.Name, (DbContext)scope.GetRequiredService(m.ContextType))));
        var tables = new List<TenantTable>();
        foreach (var (name, context) in contexts)
        {
            var model = context.Model.GetRelationalModel();
            var municipalities = model.FindTable(context.Model.FindEntityType(typeof(Municipality))?.GetTableName() ?? "-", null);
            var consortia = model.FindTable(context.Model.FindEntityType(typeof(Consortium))?.GetTableName() ?? "-", null);
            foreach (var table in Ordered(model.Tables))
            {
                TableScope? scopeOf = table.FindColumn(TenantModel.ColumnName) is not null ? TableScope.Tenant
                    : table == municipalities ? TableScope.Municipality
                    : table == consortia ? TableScope.Consortium
                    : null;
                if (scopeOf is { } s)
                {
                    var columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
                    var key = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [.. columns.Select(c => c.Name)];
                    tables.Add(new TenantTable(name, context, table, s, columns, key));
                }
            }
        }

        return tables;
    }

    /// <summary>Principal tables before their dependents, ties by name, so the order is stable and inserts satisfy foreign keys.</summary>
    private static List<ITable> Ordered(IEnumerable<ITable> tables)
    {
        var remaining = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || ordered.Contains(fk.PrincipalTable) || !remaining.Contains(fk.PrincipalTable)))
                ?? remaining[0];
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }
}
