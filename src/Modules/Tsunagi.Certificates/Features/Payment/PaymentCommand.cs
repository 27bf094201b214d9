namespace Tsunagi.Certificates.Features.Payment;

public sealed record PaymentCommand(IReadOnlyList<Guid> IssuanceIds, long Tendered)
{
    public const int MaxIssuances = 50;
    public const long MaxTendered = 10_000_000;

    /// <summary>Checks the shape of a payment (at least one issuance, a 預かり金 that is a sane amount); the fees are checked by the handler.</summary>
    public static PaymentCommand From(IEnumerable<Guid>? issuanceIds, long? tendered)
    {
        var problems = new List<CashProblem>();
        var ids = (issuanceIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            problems.Add(new CashProblem("issuanceIds", "Cash.Problem.NoIssuances"));
        }
        else if (ids.Count > MaxIssuances)
        {
            problems.Add(new CashProblem("issuanceIds", "Cash.Problem.TooManyIssuances", MaxIssuances));
        }

        if (tendered is null)
        {
            problems.Add(new CashProblem("tendered", "Cash.Problem.TenderedRequired"));
        }
        else if (tendered < 0 || tendered > MaxTendered)
        {
            problems.Add(new CashProblem("tendered", "Cash.Problem.TenderedRange", MaxTendered.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return problems.Count > 0 ? throw new CashRuleException(problems) : new PaymentCommand(ids, tendered!.Value);
    }
}
