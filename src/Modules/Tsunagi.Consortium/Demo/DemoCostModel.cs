using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Demo;

/// <summary>
/// The demo consortium's cost model, calibrated to the seeds: with 大槌町, 野田村 and 普代村 the members save 14.7 % on
/// average; with 田野畑村 (034843, a planned candidate) as a 4th member, 22.5 %. Figures are planned, not metered, so
/// the demo shows the same numbers whatever the demo data meters.
/// </summary>
public static class DemoCostModel
{
    public const string CandidateCode = "034843";

    public static CostModel For(int fiscalYear) => new(
        fiscalYear,
        PlatformFixedYen: 42_000_000,
        DataCentreFixedYen: 18_000_000,
        PerMemberYen: 14_500_000,
        new UnitPrices(PerStoredResident: 200, PerNotification: 100, PerCertificate: 50, PerApiCall: 1),
        new AllocationWeights(30, 50, 20),
        UsageWeights.Default,
        StandaloneSystemYen: 31_780_000,
        [
            Town("034614", 11_000, 190),
            Town("034851", 2_500, 85),
            Town("035033", 4_000, 100),
            Town(CandidateCode, 3_200, 95),
        ]);

    // A town's year in proportion to its residents: 1 届出 per 10, 6 certificates per 10, 5 API calls per resident.
    private static MemberPlan Town(string code, long residents, int scalePercent) =>
        new(code, scalePercent, new MemberFigures(residents, residents / 10, residents * 6 / 10, residents * 5));
}
