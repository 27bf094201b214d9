namespace Tsunagi.Portal.Identity;

/// <summary>
/// How a resident proves who they are to the portal, in the current tenant's scope. The e-mail one-time code is the only
/// provider today; a national ID login (マイナンバーカードの公的個人認証) would be another (docs/adr/0017-resident-identity-realm.md).
/// </summary>
public interface IResidentIdentityProvider
{
    /// <summary>Short stable name stored in the session ("email-code").</summary>
    string Name { get; }

    /// <summary>Starts a sign-in for <paramref name="identifier"/> (sends a code). Answers the same whatever the identifier.</summary>
    Task StartAsync(string identifier, CancellationToken cancellationToken = default);

    /// <summary>The resident's identity when <paramref name="proof"/> is right; null otherwise (wrong, expired, used, too many tries).</summary>
    Task<ResidentIdentity?> CompleteAsync(string identifier, string proof, CancellationToken cancellationToken = default);
}
