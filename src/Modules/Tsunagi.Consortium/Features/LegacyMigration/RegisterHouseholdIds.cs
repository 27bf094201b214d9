using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// The register id of a legacy 世帯 in a run: a version 7 UUID with the run's start as its time and the rest from a
/// hash of (run, 世帯番号), so every member gets the same id even when a resumed run stages them in different chunks.
/// </summary>
public static class RegisterHouseholdIds
{
    public static Guid For(LegacyMigrationRun run, string legacyHouseholdId)
    {
        ArgumentNullException.ThrowIfNull(run);
        var bytes = Guid.CreateVersion7(run.StartedAt).ToByteArray(bigEndian: true);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{run.Id:N}/{legacyHouseholdId}"));
        hash.AsSpan(6, 10).CopyTo(bytes.AsSpan(6));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
