using Microsoft.Extensions.Logging;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>
/// <see cref="IProcedureSuggestions"/> over the setting <c>counter.procedures</c> in force for the current tenant on the
/// event date (a visit about a past death follows the catalogue of that day).
/// </summary>
public sealed partial class ProcedureSuggestions(SettingsReader settings, ILogger<ProcedureSuggestions> logger) : IProcedureSuggestions
{
    public async Task<IReadOnlyList<SuggestedProcedure>> SuggestAsync(VisitFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var catalogue = await settings.GetAsync(ProcedureCatalogueSettings.Definition, facts.EventDate, cancellationToken);
        var suggestions = ProcedureRules.Evaluate(catalogue, facts);
        foreach (var failed in suggestions.Where(s => s.ReasonJa == ProcedureRules.FailedReason))
        {
            LogConditionFailed(logger, failed.ProcedureCode);
        }

        return suggestions;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The condition of procedure {ProcedureCode} failed while evaluating; suggested for the clerk to check.")]
    private static partial void LogConditionFailed(ILogger logger, string procedureCode);
}
