namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>Variable costs in yen per unit for a fiscal year: per stored resident, per 届出, per certificate, per API call.</summary>
public sealed record UnitPrices(long PerStoredResident, long PerNotification, long PerCertificate, long PerApiCall)
{
    public long CostOf(MemberFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return (figures.StoredResidents * PerStoredResident) + (figures.Notifications * PerNotification)
            + (figures.Certificates * PerCertificate) + (figures.ApiCalls * PerApiCall);
    }
}
