namespace Tsunagi.Counter.Features.Reception;

/// <summary>
/// The register notifications the platform executes from a case. Reception adds the step itself when the life event
/// needs it and the suggestions did not already list it, so the notification is never forgotten.
/// </summary>
public static class RegisterStepCodes
{
    public const string MoveIn = "residents.move-in";

    public const string MoveInName = "転入届";

    public const string Department = "住民課";

    /// <summary>Registering a 転入 is done while the visitor waits.</summary>
    public static readonly TimeSpan MoveInServiceLevel = TimeSpan.FromMinutes(30);

    public static bool IsExecuted(string procedureCode) => procedureCode == MoveIn;
}
