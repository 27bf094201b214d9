namespace Tsunagi.Web.Security;

/// <summary>Return addresses after sign-in: only paths on this site, so a crafted link cannot send staff elsewhere.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
