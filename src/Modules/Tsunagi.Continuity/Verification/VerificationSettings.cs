using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// Restore verification settings. <c>Continuity:Verification:Schedule</c>: the daily time (Asia/Tokyo, HH:mm, default 02:30) or
/// <c>off</c>. PostgreSQL only: <c>Continuity:Verification:ClusterDirectory</c> (default TSUNAGI_CLUSTER_DIR, else .tmp/cluster beside
/// deploy/: the pgBackRest configuration and the superuser's password) and <c>Continuity:Verification:DeployDirectory</c> (deploy/).
/// </summary>
public sealed record VerificationSettings(TimeOnly? DailyAt, string? ClusterDirectory, string? DeployDirectory)
{
    public static readonly TimeOnly DefaultTime = new(2, 30);

    public static VerificationSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Continuity:Verification");
        var schedule = section["Schedule"]?.Trim();
        TimeOnly? dailyAt = schedule switch
        {
            null or "" => DefaultTime,
            "off" or "disabled" or "none" => null,
            _ when TimeOnly.TryParseExact(schedule, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => at,
            _ => throw new InvalidOperationException($"Continuity:Verification:Schedule の値 '{schedule}' は使えません（HH:mm または off）。 / Continuity:Verification:Schedule must be HH:mm or off."),
        };
        var cluster = section["ClusterDirectory"] is { Length: > 0 } c ? c : configuration["TSUNAGI_CLUSTER_DIR"];
        return new VerificationSettings(dailyAt, cluster is { Length: > 0 } ? Path.GetFullPath(cluster) : null, section["DeployDirectory"] is { Length: > 0 } d ? Path.GetFullPath(d) : null);
    }
}
