using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>
/// What the schema cannot say about a catalogue: codes unique, life events known, reasons without unknown
/// placeholders, and every condition compiling to a boolean over the facts — each problem names the procedure.
/// </summary>
public static class CatalogueRules
{
    public static IEnumerable<SettingError> Check(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Procedures.Count; i++)
        {
            var procedure = catalogue.Procedures[i];
            var named = $"手続「{procedure.Name}」（{procedure.Code}）";
            if (!seen.Add(procedure.Code))
            {
                yield return new SettingError($"procedures[{i}].code", $"{named}の手続コードが重複しています。");
            }

            foreach (var unknown in procedure.LifeEvents.Where(e => !LifeEventNames.IsKnown(e)).Distinct(StringComparer.Ordinal))
            {
                yield return new SettingError($"procedures[{i}].lifeEvents", $"{named}の「{unknown}」はライフイベントではありません（{string.Join("・", LifeEventNames.JaNames)}のいずれか）。");
            }

            var compiled = ConditionCompiler.Compile(procedure.Condition);
            if (!compiled.IsValid)
            {
                yield return new SettingError($"procedures[{i}].condition", $"{named}の条件を解釈できません：{compiled.Problem}");
            }

            var withoutPlaceholder = procedure.Reason.Replace(ProcedureRules.Placeholder, string.Empty, StringComparison.Ordinal);
            if (withoutPlaceholder.Contains('{', StringComparison.Ordinal) || withoutPlaceholder.Contains('}', StringComparison.Ordinal))
            {
                yield return new SettingError($"procedures[{i}].reason", $"{named}の提案理由で使える差込みは{ProcedureRules.Placeholder}だけです。");
            }

            if (procedure.DocumentsToBring.Any(string.IsNullOrWhiteSpace))
            {
                yield return new SettingError($"procedures[{i}].documentsToBring", $"{named}の持ち物に空の行があります。");
            }
        }
    }
}
