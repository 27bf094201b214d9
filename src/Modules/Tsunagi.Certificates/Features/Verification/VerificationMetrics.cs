using System.Diagnostics.Metrics;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary>Counts public lookups by outcome (valid, revoked, not-found) for /metrics; lookups are not audited, as they read no personal data.</summary>
public sealed class VerificationMetrics
{
    public const string MeterName = "Tsunagi.Certificates";
    public const string CounterName = "tsunagi.certificates.verifications";

    private readonly Counter<long> _lookups;

    public VerificationMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _lookups = meters.Create(MeterName).CreateCounter<long>(CounterName, description: "Public verification lookups by outcome.");
    }

    public void Counted(VerifiedCertificate? found) =>
        _lookups.Add(1, new KeyValuePair<string, object?>("outcome", found switch
        {
            null => "not-found",
            { Revoked: true } => "revoked",
            _ => "valid",
        }));
}
