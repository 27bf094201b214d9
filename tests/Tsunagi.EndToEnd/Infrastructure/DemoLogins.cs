namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>The demo accounts the tests use (大槌町 034614 and the consortium).</summary>
public static class DemoLogins
{
    public static readonly DemoLogin Administrator = new("034614", "admin");
    public static readonly DemoLogin Clerk = new("034614", "clerk");
    public static readonly DemoLogin Auditor = new("034614", "auditor");
    public static readonly DemoLogin Operator = new("sanriku", "operator");

    /// <summary>Every demo role: a town's administrator, clerk and auditor, and the consortium's operator.</summary>
    public static readonly IReadOnlyList<DemoLogin> EveryRole = [Administrator, Clerk, Auditor, Operator];
}
