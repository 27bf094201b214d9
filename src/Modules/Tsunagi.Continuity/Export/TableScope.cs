namespace Tsunagi.Continuity.Export;

/// <summary>How a table's rows belong to one municipality.</summary>
public enum TableScope
{
    /// <summary>Rows whose tenant_id is the municipality's code.</summary>
    Tenant,

    /// <summary>The municipality's own row in the directory (municipalities, by code).</summary>
    Municipality,

    /// <summary>The consortium the municipality belongs to (consortia, by id): created on import if missing.</summary>
    Consortium,
}
