using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Counter.Features.ProcedureCatalogue;
using static Tsunagi.Counter.Tests.Procedures.Households;

namespace Tsunagi.Counter.Tests.Procedures;

public sealed class ConditionCompilerTests
{
    [Theory]
    [InlineData("IsSubject && Age >= 65")]
    [InlineData("Insurance == \"国保\" && !Is75OrOver")]
    [InlineData("Household.Members.Any(Is75OrOver) && Household.LifeEvent in (\"転入\", \"転居\")")]
    [InlineData("Household.Members.Count(!IsSubject && Age >= 15) >= 2")]
    [InlineData("Relationship.StartsWith(\"長\") && SchoolStage == \"小学校\"")]
    [InlineData("Household.Members.Count >= 3")]
    public void Conditions_over_the_facts_compile(string condition) =>
        Assert.True(ConditionCompiler.Compile(condition).IsValid, ConditionCompiler.Compile(condition).Problem);

    [Theory]
    [InlineData("GetType().Assembly.FullName != \"\"")]
    [InlineData("Relationship.GetType().Name == \"String\"")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("DateTime.Now.Year > 2000")]
    [InlineData("Environment.ProcessorCount > 0")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("new (1 as X).X == 1")]
    [InlineData("Household.Members.AsQueryable().Provider != null")]
    public void Conditions_cannot_reach_beyond_the_facts(string condition)
    {
        var compiled = ConditionCompiler.Compile(condition);

        Assert.False(compiled.IsValid);
        Assert.False(string.IsNullOrEmpty(compiled.Problem));
    }

    [Fact]
    public void An_unknown_fact_is_named_in_Japanese_with_its_position()
    {
        var compiled = ConditionCompiler.Compile("IsSubject && Ag >= 65");

        Assert.Equal("「Ag」という項目はありません（14文字目）。", compiled.Problem);
    }

    [Fact]
    public void A_condition_that_is_not_true_or_false_is_refused()
    {
        Assert.StartsWith("真（true）か偽（false）になる式", ConditionCompiler.Compile("Age + 1").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_that_fails_while_running_is_suggested_for_the_clerk_to_check_rather_than_dropped()
    {
        var catalogue = new Catalogue([Procedure("broken", "1 / (Household.Size - Household.Size) > 0")]);

        var suggestion = Assert.Single(ProcedureRules.Evaluate(catalogue, Visit(LifeEvent.MoveIn, Person("世帯主", 40))));

        Assert.Equal(ProcedureRules.FailedReason, suggestion.ReasonJa);
    }

    internal static CatalogueProcedure Procedure(string code, string condition, string lifeEvent = "転入") =>
        new(code, "手続" + code, "町民課", [lifeEvent], condition, false, "{対象}の手続", [], 0, true, 10);
}
