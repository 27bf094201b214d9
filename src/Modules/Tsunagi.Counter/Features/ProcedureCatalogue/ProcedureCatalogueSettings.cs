using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>
/// The setting <c>counter.procedures</c>: the procedure catalogue, national default <see cref="NationalCatalogue"/>, a
/// town replaces the whole list with a municipality-scope value. Every condition is compiled when a value is written.
/// </summary>
public sealed class ProcedureCatalogueSettings : ISettingSource
{
    public const string Key = "counter.procedures";

    public static readonly SettingDefinition<Catalogue> Definition =
        new(Key, NationalCatalogue.Value, "総合窓口の手続一覧", "One-stop counter procedure catalogue")
        {
            Fields =
            [
                new("procedures", "手続", "Procedures"),
                new("code", "手続コード", "Code"),
                new("name", "手続名", "Name"),
                new("department", "担当課", "Department"),
                new("lifeEvents", "ライフイベント", "Life events"),
                new("condition", "条件", "Condition"),
                new("perPerson", "対象者ごと", "Per person"),
                new("reason", "提案理由", "Reason"),
                new("documentsToBring", "持ち物", "Documents to bring"),
                new("fee", "手数料", "Fee"),
                new("completedAtCounter", "窓口で完結", "Completed at the counter"),
                new("serviceLevelMinutes", "標準処理時間（分）", "Service level (minutes)"),
            ],
            Rules = [CatalogueRules.Check],
        };

    public IEnumerable<SettingDefinition> Settings { get; } = [Definition];
}
