namespace Tsunagi.Residents.Features.LegacyImport;

/// <summary>The idempotency key of a 職権記載（移行）: the legacy system's id behind a fixed prefix.</summary>
public static class LegacyKeys
{
    public const string Prefix = "legacy:";

    public static string For(string legacyId) => Prefix + legacyId;

    public static string LegacyIdOf(string key) => key[Prefix.Length..];
}
