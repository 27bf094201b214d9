using System.Text;
using Tsunagi.Platform.Security;

namespace Tsunagi.Portal.Identity;

/// <summary>
/// The tenant-keyed hash (blind index) that stands for a resident's e-mail address in the portal's tables and audit
/// events: equal addresses of one town hash equally, nothing readable is stored. Always key version 1, so a key
/// rotation does not cut residents off their pre-applications.
/// </summary>
public sealed class ResidentIdentityKey(TenantKeyRing keys)
{
    public const string Purpose = "portal.resident-email";

    public async Task<string> ForEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        await keys.CurrentAsync(cancellationToken);
        var key = await keys.VersionAsync(1, cancellationToken);
        // Hex first: the index normalises away hyphens and case, which are significant in a mailbox name.
        var value = Convert.ToHexString(Encoding.UTF8.GetBytes(ResidentEmail.Normalise(email)));
        return Convert.ToHexStringLower(BlindIndex.Compute(key, Purpose, value));
    }
}
