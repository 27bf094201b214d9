namespace Tsunagi.Platform.Tenancy;

public enum TenantKind
{
    Municipality,

    /// <summary>The consortium's own scope, used by the data centre's operators.</summary>
    Consortium,
}
