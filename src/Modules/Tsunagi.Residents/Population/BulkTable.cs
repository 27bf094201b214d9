using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tsunagi.Residents.Population;

/// <summary>
/// One entity type's table as the EF model maps it: table name, columns, store types and the value each
/// property stores (after its converter), so rows written in bulk are exactly the rows EF would write.
/// </summary>
internal sealed class BulkTable
{
    private readonly (IProperty Property, RelationalTypeMapping Mapping)[] _columns;

    public BulkTable(DbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new ArgumentException("Not an entity of this context.", nameof(clrType));
        Name = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Name, entity.GetSchema());
        _columns = [.. entity.GetProperties().Select(p => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping()))];
        Columns = [.. _columns.Select(c => c.Property.GetColumnName(table)!)];
        StoreTypes = [.. _columns.Select(c => c.Mapping.StoreType)];
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> StoreTypes { get; }

    public IReadOnlyList<RelationalTypeMapping> Mappings => [.. _columns.Select(c => c.Mapping)];

    /// <summary>The provider values of one entity, in column order (enums as their stored names, etc.).</summary>
    public void Read(object entity, object?[] values)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            var (property, mapping) = _columns[i];
            var value = property.GetGetter().GetClrValueUsingContainingEntity(entity);
            values[i] = value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
