using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Counter.Features.ProcedureCatalogue;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Settings.Validation;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Procedures.Households;

namespace Tsunagi.Counter.Tests.Procedures;

public sealed class CatalogueSettingTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Otsuchi = "034614";
    private const string Yamada = "034827";

    [Fact]
    public async Task The_national_default_passes_its_own_rules_so_a_town_can_start_from_it()
    {
        var validator = factory.Services.GetRequiredService<SettingValidator>();

        var errors = await validator.CheckAsync(ProcedureCatalogueSettings.Definition, ProcedureCatalogueSettings.Definition.DefaultJson);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_bad_condition_is_refused_naming_the_procedure_and_the_problem_and_nothing_is_stored()
    {
        var catalogue = new Catalogue([
            ConditionCompilerTests.Procedure("ok", "IsSubject"),
            ConditionCompilerTests.Procedure("kokuho", "IsSubject && Insurence == \"国保\""),
        ]);

        var refused = await Assert.ThrowsAsync<SettingValidationException>(() => RequestAsync(Otsuchi, catalogue));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("条件（2行目）：手続「手続kokuho」（kokuho）の条件を解釈できません：「Insurence」という項目はありません（14文字目）。", error.Message);
        Assert.Empty(await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<SettingChangeQueries>().ForKeyAsync(ProcedureCatalogueSettings.Key, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Unknown_life_events_duplicate_codes_and_unknown_placeholders_are_refused()
    {
        var catalogue = new Catalogue([
            ConditionCompilerTests.Procedure("a", "IsSubject", "引越し"),
            ConditionCompilerTests.Procedure("a", "IsSubject") with { Reason = "{氏名}さんの手続" },
        ]);

        var refused = await Assert.ThrowsAsync<SettingValidationException>(() => RequestAsync(Otsuchi, catalogue));

        Assert.Contains(refused.Errors, e => e.Message.StartsWith("ライフイベント（1行目）：手続「手続a」（a）の「引越し」はライフイベントではありません", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Message == "手続コード（2行目）：手続「手続a」（a）の手続コードが重複しています。");
        Assert.Contains(refused.Errors, e => e.Message.StartsWith("提案理由（2行目）：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_towns_own_catalogue_replaces_the_national_one_from_its_date_for_that_town_only()
    {
        var own = new Catalogue([ConditionCompilerTests.Procedure("otsuchi-welcome", "IsSubject && Household.ChildrenUnder18 > 0") with { Name = "子育て応援パック", Department = "子育て支援課" }]);
        await StoreAsync(Otsuchi, new DateOnly(2026, 10, 1), own);
        var family = FamilyOfFourMovingIn(HealthInsurance.National) with { EventDate = new DateOnly(2026, 10, 1) };

        var inOtsuchi = await SuggestAsync(Otsuchi, family);
        var inOtsuchiBefore = await SuggestAsync(Otsuchi, family with { EventDate = new DateOnly(2026, 9, 30) });
        var inYamada = await SuggestAsync(Yamada, family);

        Assert.Equal(["otsuchi-welcome"], inOtsuchi.Select(s => s.ProcedureCode));
        Assert.Contains(inOtsuchiBefore, s => s.ProcedureCode == "kokuho-kanyu");
        Assert.Contains(inYamada, s => s.ProcedureCode == "kokuho-kanyu");
        Assert.DoesNotContain(inYamada, s => s.ProcedureCode == "otsuchi-welcome");
    }

    private Task<SettingChangeRequest> RequestAsync(string town, Catalogue catalogue) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("係長");
            return sp.GetRequiredService<SettingChanges>().RequestAsync(
                ProcedureCatalogueSettings.Key, SettingScope.Municipality(town), new DateOnly(2027, 4, 1),
                ProcedureCatalogueSettings.Definition.Serialize(catalogue), "町の手続一覧", TestContext.Current.CancellationToken);
        });

    private Task<bool> StoreAsync(string town, DateOnly from, Catalogue catalogue) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
        {
            await sp.GetRequiredService<SettingsStore>().AppendAsync(ProcedureCatalogueSettings.Key, SettingScope.Municipality(town), from, ProcedureCatalogueSettings.Definition.Serialize(catalogue), Guid.CreateVersion7(), null, TestContext.Current.CancellationToken);
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            return true;
        });

    private Task<IReadOnlyList<SuggestedProcedure>> SuggestAsync(string town, VisitFacts visit) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<IProcedureSuggestions>().SuggestAsync(visit, TestContext.Current.CancellationToken));
}
