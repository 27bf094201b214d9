using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Consortium.Features.CostSharing.Shares;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.Simulation;

/// <summary>
/// Runs a join/leave simulation on the year's model and current members. A joining municipality is chosen from the
/// national master list; its figures come from the form, else from the model's plan for it. Changes nothing.
/// </summary>
public sealed class SimulationQuery(CostShares shares, ConsortiumMembers members)
{
    public async Task<SimulationResult?> RunAsync(CostModel model, SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(request);
        var codes = await members.CodesAsync(cancellationToken);
        var problems = new List<CostProblem>();
        var leaving = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Leave))
        {
            if (codes.Contains(request.Leave.Trim()))
            {
                leaving.Add(request.Leave.Trim());
            }
            else
            {
                problems.Add(new CostProblem("leave", "Cost.Problem.NotMember", request.Leave));
            }
        }

        var joining = new List<Participant>();
        if (!string.IsNullOrWhiteSpace(request.Join))
        {
            var typed = TypedDigits.Clean(request.Join) ?? request.Join;
            if (LocalGovernmentMaster.Instance.Validate(typed, out var entry) != LocalGovernmentCodeError.None)
            {
                problems.Add(new CostProblem("join", "Cost.Problem.Code", request.Join));
            }
            else if (codes.Contains(entry!.Code))
            {
                problems.Add(new CostProblem("join", "Cost.Problem.AlreadyMember", ConsortiumMembers.NameOf(entry.Code)));
            }
            else if (Candidate(model, entry.Code, request, problems) is { } candidate)
            {
                joining.Add(candidate);
            }
        }

        if (problems.Count > 0)
        {
            throw new CostRuleException(problems);
        }

        if (joining.Count == 0 && leaving.Count == 0)
        {
            return null;
        }

        var current = await shares.ParticipantsAsync(model, codes, cancellationToken);
        return CostSimulation.Run(model, current, joining, leaving);
    }

    private static Participant? Candidate(CostModel model, string code, SimulationRequest request, List<CostProblem> problems)
    {
        var plan = model.PlanFor(code);
        var scale = Amounts.Parse(request.Scale, "scale", problems, required: false) ?? plan?.StandaloneScalePercent ?? CostModel.DefaultStandaloneScalePercent;
        var residents = Amounts.Parse(request.StoredResidents, "storedResidents", problems, required: false) ?? plan?.Figures?.StoredResidents;
        var notifications = Amounts.Parse(request.Notifications, "notifications", problems, required: false) ?? plan?.Figures?.Notifications ?? 0;
        var certificates = Amounts.Parse(request.Certificates, "certificates", problems, required: false) ?? plan?.Figures?.Certificates ?? 0;
        var apiCalls = Amounts.Parse(request.ApiCalls, "apiCalls", problems, required: false) ?? plan?.Figures?.ApiCalls ?? 0;
        if (residents is null)
        {
            problems.Add(new CostProblem("storedResidents", "Cost.Problem.NoFigures", ConsortiumMembers.NameOf(code)));
            return null;
        }

        if (scale is < 1 or > CostModelRules.MaxScalePercent)
        {
            problems.Add(new CostProblem("scale", "Cost.Problem.Scale", code, CostModelRules.MaxScalePercent));
            return null;
        }

        return new Participant(code, new MemberFigures(residents.Value, notifications, certificates, apiCalls), (int)scale);
    }
}
