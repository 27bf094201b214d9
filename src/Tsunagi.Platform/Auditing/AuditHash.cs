using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Platform.Auditing;

/// <summary>SHA-256 over a length-prefixed canonical form of the event and the previous hash.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEvent e, string previousHash)
    {
        var builder = new StringBuilder(256);
        Append(builder, e.TenantId);
        Append(builder, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(builder, e.Id.ToString("D"));
        Append(builder, e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(builder, e.ActorKind.ToString());
        Append(builder, e.ActorId);
        Append(builder, e.Action);
        Append(builder, e.SubjectType);
        Append(builder, e.SubjectId);
        Append(builder, e.Purpose ?? "\0");
        Append(builder, e.Outcome.ToString());
        Append(builder, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static void Append(StringBuilder builder, string value) =>
        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
}
