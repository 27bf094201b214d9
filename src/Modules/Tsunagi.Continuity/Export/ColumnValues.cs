using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tsunagi.Continuity.Export;

/// <summary>
/// Column values in their provider type (after EF's value converters: an enum stored as text is text), read with the ADO.NET
/// reader's typed getter so each value has one JSON spelling whatever the provider stored (a GUID, an instant, a date), and read
/// back from JSON into the same type for insertion.
/// </summary>
public static class ColumnValues
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;
    private static readonly ConcurrentDictionary<Type, Func<DbDataReader, int, object>> Readers = new();

    public static Type ProviderType(IColumn column) => Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;

    public static object? Read(DbDataReader reader, int ordinal, IColumn column)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var read = Readers.GetOrAdd(ProviderType(column), type =>
        {
            var method = GetFieldValue.MakeGenericMethod(type);
            return (r, i) => method.Invoke(r, [i])!;
        });
        return read(reader, ordinal);
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value, value.GetType());
    }

    public static object? Parse(JsonElement element, IColumn column) =>
        element.ValueKind == JsonValueKind.Null ? null : element.Deserialize(ProviderType(column));
}
