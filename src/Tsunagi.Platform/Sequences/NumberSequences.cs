using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Sequences;

/// <summary>
/// Next numbers of per-tenant, per-年度 series, inside the caller's <see cref="UnitOfWork"/>. The row's value is
/// its concurrency token: two writers taking the same number conflict, and the unit of work runs the loser again.
/// </summary>
public sealed class NumberSequences(PlatformDbContext db, ITenantContext tenant)
{
    public async Task<long> NextAsync(string name, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var sequence = db.Set<NumberSequence>().Local.FirstOrDefault(s => s.Name == name && s.FiscalYear == fiscalYear)
            ?? await db.Set<NumberSequence>().FirstOrDefaultAsync(s => s.Name == name && s.FiscalYear == fiscalYear, cancellationToken);
        if (sequence is null)
        {
            sequence = new NumberSequence { TenantId = tenant.TenantId, Name = name, FiscalYear = fiscalYear };
            db.Set<NumberSequence>().Add(sequence);
        }

        sequence.LastValue++;
        return sequence.LastValue;
    }

    /// <summary>年度 of a day: April to March, named by the year it starts in.</summary>
    public static int FiscalYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;
}
