using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;

namespace Tsunagi.Residents.Population;

/// <summary>Counts ids only: no personal data is read, so nothing is audited.</summary>
internal sealed class ResidentCount(ResidentsDbContext db) : IResidentCount
{
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => db.Residents.LongCountAsync(cancellationToken);
}
