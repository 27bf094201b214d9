using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tsunagi.Continuity.Export;

/// <summary>One table of one registered DbContext, as the export sees it: columns (by name), key columns, and how it belongs to a tenant.</summary>
public sealed record TenantTable(string ContextName, DbContext Context, ITable Table, TableScope Scope, IReadOnlyList<IColumn> Columns, IReadOnlyList<string> KeyColumns)
{
    public string FileName => $"{ContextName}.{Table.Name}.jsonl";
}
