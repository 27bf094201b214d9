using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>
/// Who an actor id (<c>StaffMember:&lt;id&gt;</c>, <c>ApiClient:&lt;client&gt;</c>) is, for people: a staff member's
/// display and user name, an API client's id. Staff names are employees' personal data: callers audit the read.
/// </summary>
public sealed class ActorNames(PlatformDbContext platform)
{
    private const string StaffPrefix = "StaffMember:";
    private const string ClientPrefix = "ApiClient:";

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> actorIds, CancellationToken cancellationToken)
    {
        var actors = actorIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var staffIds = actors
            .Where(a => a.StartsWith(StaffPrefix, StringComparison.Ordinal))
            .Select(a => Guid.TryParse(a.AsSpan(StaffPrefix.Length), out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
        var staff = staffIds.Count == 0
            ? []
            : await platform.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            names[actor] = actor.StartsWith(ClientPrefix, StringComparison.Ordinal)
                ? "API " + actor[ClientPrefix.Length..]
                : staff.FirstOrDefault(s => StaffPrefix + s.Id.ToString() == actor) is { } member
                    ? $"{member.DisplayName}（{member.UserName}）"
                    : actor;
        }

        return names;
    }
}
