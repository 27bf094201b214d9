using Tsunagi.Counter.Contracts;

namespace Tsunagi.Portal.Features.MyApplications;

/// <summary>What to bring to the counter for a pre-application (resource keys), besides the reference or its QR code.</summary>
public static class BringList
{
    public static IReadOnlyList<string> For(LifeEvent lifeEvent, bool fromAbroad) => lifeEvent switch
    {
        LifeEvent.MoveIn when fromAbroad => ["Portal.Bring.Passport", "Portal.Bring.ResidenceCard", "Portal.Bring.IdDocument"],
        LifeEvent.MoveIn => ["Portal.Bring.MoveOutCertificate", "Portal.Bring.IdDocument", "Portal.Bring.IndividualNumberCards"],
        LifeEvent.MoveOut => ["Portal.Bring.IdDocument", "Portal.Bring.IndividualNumberCards", "Portal.Bring.HealthInsuranceCard", "Portal.Bring.SealCard"],
        _ => ["Portal.Bring.IdDocument"],
    };
}
