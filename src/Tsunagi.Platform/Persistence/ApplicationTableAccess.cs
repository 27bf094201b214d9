namespace Tsunagi.Platform.Persistence;

/// <summary>What the application role may do with a table on PostgreSQL.</summary>
public enum ApplicationTableAccess
{
    /// <summary>SELECT, INSERT, UPDATE and DELETE.</summary>
    ReadWrite,

    /// <summary>SELECT and INSERT only: rows, once written, can be neither changed nor removed (audit events).</summary>
    AppendOnly,
}
