using Tsunagi.Certificates.Features.Payment;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>Checks a fee change: a known type, 0–100,000 yen per copy, a valid 施行日, a reason; every wrong field named.</summary>
public static class FeeEntryParser
{
    public const long MaxFee = 100_000;

    public const int MaxReasonLength = 500;

    public static FeeEntryCommand Parse(FeeEntryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<CashProblem>();
        var type = CertificateTypeNames.Parse(input.Type);
        if (type is null)
        {
            problems.Add(new CashProblem("type", "Cash.Problem.TypeRequired"));
        }

        long fee = 0;
        if (string.IsNullOrWhiteSpace(input.FeePerCopy))
        {
            problems.Add(new CashProblem("feePerCopy", "Cash.Problem.FeeRequired"));
        }
        else if (!CashInput.TryYen(input.FeePerCopy, out fee) || fee > MaxFee)
        {
            problems.Add(new CashProblem("feePerCopy", "Cash.Problem.FeeRange"));
        }

        DateOnly effectiveFrom = default;
        if (string.IsNullOrWhiteSpace(input.EffectiveFrom))
        {
            problems.Add(new CashProblem("effectiveFrom", "Cash.Problem.EffectiveFromRequired"));
        }
        else if (!CashInput.TryDate(input.EffectiveFrom, out effectiveFrom))
        {
            problems.Add(new CashProblem("effectiveFrom", "Cash.Problem.EffectiveFromFormat"));
        }

        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            problems.Add(new CashProblem("changeReason", "Cash.Problem.Required.changeReason"));
        }
        else if (reason.Length > MaxReasonLength)
        {
            problems.Add(new CashProblem("changeReason", "Cash.Problem.TooLong.changeReason", MaxReasonLength));
        }

        return problems.Count > 0 ? throw new CashRuleException(problems) : new FeeEntryCommand(type!.Value, fee, effectiveFrom, reason!);
    }
}
