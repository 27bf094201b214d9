namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>What makes a cost model acceptable: amounts not negative, weights summing to 100 %, a sensible year and scales, each municipality once.</summary>
public static class CostModelRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxScalePercent = 1000;

    public static IReadOnlyList<CostProblem> Check(CostModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<CostProblem>();
        if (model.FiscalYear is < MinYear or > MaxYear)
        {
            problems.Add(new CostProblem("fiscalYear", "Cost.Problem.Year", MinYear, MaxYear));
        }

        NotNegative(problems, "platformFixed", model.PlatformFixedYen);
        NotNegative(problems, "dataCentreFixed", model.DataCentreFixedYen);
        NotNegative(problems, "perMember", model.PerMemberYen);
        NotNegative(problems, "perStoredResident", model.UnitPrices.PerStoredResident);
        NotNegative(problems, "perNotification", model.UnitPrices.PerNotification);
        NotNegative(problems, "perCertificate", model.UnitPrices.PerCertificate);
        NotNegative(problems, "perApiCall", model.UnitPrices.PerApiCall);
        NotNegative(problems, "standaloneSystem", model.StandaloneSystemYen);
        var weights = model.Weights;
        if (weights.EqualPercent < 0 || weights.PopulationPercent < 0 || weights.UsagePercent < 0 || !weights.SumsToHundred)
        {
            problems.Add(new CostProblem("weights", "Cost.Problem.WeightsSum", weights.EqualPercent + weights.PopulationPercent + weights.UsagePercent));
        }

        var usage = model.UsageWeights;
        if (usage.Notification < 0 || usage.Certificate < 0 || usage.ApiCall < 0)
        {
            problems.Add(new CostProblem("usageWeights", "Cost.Problem.UsageWeights"));
        }

        foreach (var plan in model.Members)
        {
            if (plan.StandaloneScalePercent is < 1 or > MaxScalePercent)
            {
                problems.Add(new CostProblem("scale-" + plan.Code, "Cost.Problem.Scale", plan.Code, MaxScalePercent));
            }

            if (plan.Figures is { } f && (f.StoredResidents < 0 || f.Notifications < 0 || f.Certificates < 0 || f.ApiCalls < 0))
            {
                problems.Add(new CostProblem("figures-" + plan.Code, "Cost.Problem.Figures", plan.Code));
            }
        }

        foreach (var code in model.Members.GroupBy(m => m.Code).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new CostProblem("member-" + code, "Cost.Problem.DuplicateMember", code));
        }

        return problems;
    }

    private static void NotNegative(List<CostProblem> problems, string field, long value)
    {
        if (value < 0)
        {
            problems.Add(new CostProblem(field, "Cost.Problem.Negative"));
        }
    }
}
