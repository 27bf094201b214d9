using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Consortium.Features.CostSharing.Shares;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.Statements;

/// <summary>Gathers the statements of one member (or all, code <c>all</c>) for a year or one month of it; null when there is nothing to state.</summary>
public sealed class StatementFiles(CostShares shares, TenantDirectory directory, ITenantContext tenant, TimeProvider time)
{
    public const string AllMembers = "all";

    public async Task<IReadOnlyList<Statement>?> LoadAsync(int fiscalYear, string code, int? month, CancellationToken cancellationToken = default)
    {
        if (month is < 1 or > 12)
        {
            return null;
        }

        var year = await shares.ForYearAsync(fiscalYear, cancellationToken);
        if (year is null)
        {
            return null;
        }

        var issuer = await directory.DisplayNameAsync(tenant.TenantId, cancellationToken) ?? tenant.TenantId;
        var chosen = year.Allocation.Shares.Where(s => code == AllMembers || s.Code == code).ToList();
        if (chosen.Count == 0)
        {
            return null;
        }

        return [.. chosen.Select(s => new Statement(
            fiscalYear,
            month,
            s.Code,
            ConsortiumMembers.NameOf(s.Code),
            s,
            year.Participants.First(p => p.Code == s.Code),
            MonthlyInstallments.Of(fiscalYear, s),
            issuer,
            TokyoTime.Today(time)))];
    }
}
