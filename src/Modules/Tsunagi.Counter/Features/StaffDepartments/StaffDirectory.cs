using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Counter.Features.StaffDepartments;

/// <summary>The municipality's staff members by display name, for the assignment page and to name who acted on a case.</summary>
public sealed class StaffDirectory(PlatformDbContext platform)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await platform.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).Select(u => new { u.Id, u.DisplayName, u.UserName }).Take(500).ToListAsync(cancellationToken))
            .Select(u => (u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? string.Empty : u.DisplayName))];

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        (await platform.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? string.Empty : u.DisplayName);
}
