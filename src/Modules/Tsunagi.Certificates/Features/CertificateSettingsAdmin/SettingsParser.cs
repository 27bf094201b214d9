using Tsunagi.Certificates.Features.Payment;

namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>Checks the settings form: every text required and within its length, 1–20 distinct counters, a valid seal image if one was sent.</summary>
public static class SettingsParser
{
    public const int MaxCounters = 20;
    public const int MaxCounterLength = 100;

    public static SettingsCommand Parse(SettingsInput input, byte[]? sealPng)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<CashProblem>();
        var statement = Text(input.CertificationStatement, "certificationStatement", 500, problems);
        var title = Text(input.MayorTitle, "mayorTitle", 100, problems);
        var name = Text(input.MayorName, "mayorName", 100, problems);
        var counters = (input.Counters ?? string.Empty)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (counters.Count == 0)
        {
            problems.Add(new CashProblem("counters", "Cash.Problem.CountersRequired"));
        }
        else if (counters.Count > MaxCounters || counters.Exists(c => c.Length > MaxCounterLength))
        {
            problems.Add(new CashProblem("counters", "Cash.Problem.CountersTooMany", MaxCounters, MaxCounterLength));
        }

        if (sealPng is not null && SealImage.Check(sealPng) is { } sealProblem)
        {
            problems.Add(sealProblem);
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

        var reason = Text(input.Reason, "changeReason", 500, problems);
        return problems.Count > 0 ? throw new CashRuleException(problems) : new SettingsCommand(statement!, title!, name!, counters, sealPng, effectiveFrom, reason!);
    }

    private static string? Text(string? value, string field, int maxLength, List<CashProblem> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(new CashProblem(field, "Cash.Problem.Required." + field));
            return null;
        }

        if (text.Length > maxLength)
        {
            problems.Add(new CashProblem(field, "Cash.Problem.TooLong." + field, maxLength));
            return null;
        }

        return text;
    }
}
