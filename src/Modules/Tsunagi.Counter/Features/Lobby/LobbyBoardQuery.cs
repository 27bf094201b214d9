using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Counter.Features.Lobby;

/// <summary>Today's reception numbers of an area by state; the latest called first, the waiting in order, the last 12 finished.</summary>
public sealed class LobbyBoardQuery(CounterDbContext db, TimeProvider time)
{
    public const int DoneShown = 12;

    public async Task<LobbyBoard> BoardAsync(string area, CancellationToken cancellationToken = default)
    {
        var today = TokyoTime.Today(time);
        var cases = await db.Cases.AsNoTracking().IgnoreAutoIncludes()
            .Where(c => c.Area == area && c.ReceivedOn == today)
            .Select(c => new { c.Sequence, c.ReceptionNumber, c.State, c.CalledAt })
            .ToListAsync(cancellationToken);
        return new LobbyBoard(
            area,
            [.. cases.Where(c => c.State == CaseState.Called).OrderByDescending(c => c.CalledAt).Select(c => c.ReceptionNumber)],
            [.. cases.Where(c => c.State == CaseState.Received).OrderBy(c => c.Sequence).Select(c => c.ReceptionNumber)],
            [.. cases.Where(c => c.State is CaseState.InService or CaseState.AwaitingPayment).OrderBy(c => c.Sequence).Select(c => c.ReceptionNumber)],
            [.. cases.Where(c => c.State == CaseState.Closed).OrderByDescending(c => c.Sequence).Take(DoneShown).Select(c => c.ReceptionNumber)]);
    }
}
