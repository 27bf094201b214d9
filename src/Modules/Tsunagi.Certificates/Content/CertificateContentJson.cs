using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Tsunagi.Certificates.Content;

/// <summary>
/// The canonical JSON of a certificate's content as stored on the issuance and hashed for the verification page:
/// without 個人番号 (never stored with an issuance), seal image included, so a reprint prints what was issued (ADR 0013).
/// Property order is the record's, so equal content gives equal text.
/// </summary>
public static class CertificateContentJson
{
    /// <summary>Stored in place of a 個人番号 that printed: says a number printed for that person without keeping it.</summary>
    public const string WithheldNumber = "";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stored = content with
        {
            Persons = [.. content.Persons.Select(p => p with { IndividualNumber = p.IndividualNumber is null ? null : WithheldNumber })],
            IsReprint = false,
        };
        return JsonSerializer.Serialize(stored, Options);
    }

    public static CertificateContent Deserialize(string json) =>
        JsonSerializer.Deserialize<CertificateContent>(json, Options) ?? throw new JsonException("The stored certificate content is empty.");

    /// <summary>SHA-256 (lower-case hex) of the canonical JSON's UTF-8 bytes.</summary>
    public static string HashOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
