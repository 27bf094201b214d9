namespace Tsunagi.Portal.Identity;

/// <summary>A signed-in resident: <paramref name="Key"/> is a keyed hash of the identifier (never the address itself).</summary>
public sealed record ResidentIdentity(string Key, string Provider);
