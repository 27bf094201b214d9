namespace Tsunagi.Platform.Identity;

public static class StandardRoles
{
    public static string NameOf(StandardRole role) => role switch
    {
        StandardRole.Administrator => "administrator",
        StandardRole.CounterClerk => "counter-clerk",
        StandardRole.Auditor => "auditor",
        StandardRole.Operator => "operator",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string LabelJa(StandardRole role) => role switch
    {
        StandardRole.Administrator => "管理者",
        StandardRole.CounterClerk => "窓口職員",
        StandardRole.Auditor => "監査担当",
        StandardRole.Operator => "運用事業者",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Administrators and operators must enrol a second factor.</summary>
    public static bool RequiresSecondFactor(StandardRole role) => role is StandardRole.Administrator or StandardRole.Operator;

    public static IReadOnlyList<StandardRole> ForMunicipality { get; } =
        [StandardRole.Administrator, StandardRole.CounterClerk, StandardRole.Auditor];

    public static IReadOnlyList<StandardRole> ForConsortium { get; } = [StandardRole.Operator, StandardRole.Auditor];
}
