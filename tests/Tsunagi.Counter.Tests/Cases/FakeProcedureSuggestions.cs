using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Tests.Cases;

/// <summary>A stand-in for the procedure catalogue (another area): 国保加入 always, 児童手当 when a child under 15 is in the household.</summary>
internal sealed class FakeProcedureSuggestions : IProcedureSuggestions
{
    public const string Insurance = "保険年金課";
    public const string Children = "子育て支援課";

    public Task<IReadOnlyList<SuggestedProcedure>> SuggestAsync(VisitFacts facts, CancellationToken cancellationToken = default)
    {
        var list = new List<SuggestedProcedure>
        {
            new("nhi.join", "国民健康保険 加入", Insurance, "国民健康保険に加入する方がいます", ["本人確認書類"], 0, true, TimeSpan.FromHours(1)),
        };
        if (facts.Household.Any(p => p.DateOfBirth is { } birth && birth.AddYears(15) > facts.EventDate))
        {
            list.Add(new("child.allowance", "児童手当 認定請求", Children, "中学生以下の子がいます", ["請求者の口座"], 0, false, TimeSpan.FromDays(2)));
        }

        return Task.FromResult<IReadOnlyList<SuggestedProcedure>>(list);
    }
}
