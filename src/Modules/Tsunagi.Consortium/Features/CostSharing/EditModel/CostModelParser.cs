using System.Globalization;
using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.EditModel;

/// <summary>Turns the posted form into a cost model, or refuses it with every problem (each naming its field).</summary>
public static class CostModelParser
{
    public static CostModel Parse(CostModelForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<CostProblem>();
        long Required(string? typed, string field) => Amounts.Parse(typed, field, problems) ?? 0;
        var year = Required(form.FiscalYear, "fiscalYear");
        var equal = Required(form.EqualPercent, "equalPercent");
        var population = Required(form.PopulationPercent, "populationPercent");
        var usage = Required(form.UsagePercent, "usagePercent");
        var model = new CostModel(
            (int)Math.Min(year, int.MaxValue),
            Required(form.PlatformFixed, "platformFixed"),
            Required(form.DataCentreFixed, "dataCentreFixed"),
            Required(form.PerMember, "perMember"),
            new UnitPrices(Required(form.PerStoredResident, "perStoredResident"), Required(form.PerNotification, "perNotification"), Required(form.PerCertificate, "perCertificate"), Required(form.PerApiCall, "perApiCall")),
            new AllocationWeights(Percent(equal), Percent(population), Percent(usage)),
            new UsageWeights(Percent(Required(form.UsageNotification, "usageNotification")), Percent(Required(form.UsageCertificate, "usageCertificate")), Percent(Required(form.UsageApiCall, "usageApiCall"))),
            Required(form.StandaloneSystem, "standaloneSystem"),
            [.. form.Members.Select((m, i) => (m, i)).Where(r => !r.m.IsBlank).Select(r => Member(r.m, r.i + 1, problems))]);
        if (problems.Count == 0)
        {
            problems.AddRange(CostModelRules.Check(model));
        }

        return problems.Count == 0 ? model : throw new CostRuleException(problems);
    }

    public static CostModelForm ToForm(CostModel model, IEnumerable<string> memberCodes)
    {
        ArgumentNullException.ThrowIfNull(model);
        static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
        var codes = memberCodes.Concat(model.Members.Select(m => m.Code)).Distinct().ToList();
        return new CostModelForm
        {
            FiscalYear = N(model.FiscalYear),
            PlatformFixed = N(model.PlatformFixedYen),
            DataCentreFixed = N(model.DataCentreFixedYen),
            PerMember = N(model.PerMemberYen),
            PerStoredResident = N(model.UnitPrices.PerStoredResident),
            PerNotification = N(model.UnitPrices.PerNotification),
            PerCertificate = N(model.UnitPrices.PerCertificate),
            PerApiCall = N(model.UnitPrices.PerApiCall),
            EqualPercent = N(model.Weights.EqualPercent),
            PopulationPercent = N(model.Weights.PopulationPercent),
            UsagePercent = N(model.Weights.UsagePercent),
            UsageNotification = N(model.UsageWeights.Notification),
            UsageCertificate = N(model.UsageWeights.Certificate),
            UsageApiCall = N(model.UsageWeights.ApiCall),
            StandaloneSystem = N(model.StandaloneSystemYen),
            Members = [.. codes.Select(code => model.PlanFor(code) is { } plan
                ? new MemberPlanInput
                {
                    Code = code,
                    Scale = N(plan.StandaloneScalePercent),
                    StoredResidents = plan.Figures is { } f ? N(f.StoredResidents) : null,
                    Notifications = plan.Figures is { } g ? N(g.Notifications) : null,
                    Certificates = plan.Figures is { } h ? N(h.Certificates) : null,
                    ApiCalls = plan.Figures is { } k ? N(k.ApiCalls) : null,
                }
                : new MemberPlanInput { Code = code, Scale = N(CostModel.DefaultStandaloneScalePercent) }), new MemberPlanInput()],
        };
    }

    private static int Percent(long value) => (int)Math.Min(value, 100_000);

    private static MemberPlan Member(MemberPlanInput input, int row, List<CostProblem> problems)
    {
        var typed = TypedDigits.Clean(input.Code) ?? input.Code ?? string.Empty;
        if (LocalGovernmentMaster.Instance.Validate(typed, out var entry) != LocalGovernmentCodeError.None)
        {
            problems.Add(new CostProblem("code-" + row.ToString(CultureInfo.InvariantCulture), "Cost.Problem.Code", typed));
            return new MemberPlan(typed, CostModel.DefaultStandaloneScalePercent, null);
        }

        var code = entry!.Code;
        var scale = Amounts.Parse(input.Scale, "scale-" + code, problems, required: false) ?? CostModel.DefaultStandaloneScalePercent;
        var residents = Amounts.Parse(input.StoredResidents, "storedResidents-" + code, problems, required: false);
        var notifications = Amounts.Parse(input.Notifications, "notifications-" + code, problems, required: false);
        var certificates = Amounts.Parse(input.Certificates, "certificates-" + code, problems, required: false);
        var apiCalls = Amounts.Parse(input.ApiCalls, "apiCalls-" + code, problems, required: false);
        var planned = residents is not null || notifications is not null || certificates is not null || apiCalls is not null;
        return new MemberPlan(
            code,
            (int)Math.Min(scale, int.MaxValue),
            planned ? new MemberFigures(residents ?? 0, notifications ?? 0, certificates ?? 0, apiCalls ?? 0) : null);
    }
}
