namespace Tsunagi.Platform.Identity;

/// <summary>The roles every tenant starts with. Administrators may add their own roles later.</summary>
public enum StandardRole
{
    /// <summary>管理者 (municipality administrator).</summary>
    Administrator,

    /// <summary>窓口職員 (counter clerk).</summary>
    CounterClerk,

    /// <summary>監査担当 (auditor).</summary>
    Auditor,

    /// <summary>運用事業者 (consortium operator at the data centre).</summary>
    Operator,
}
