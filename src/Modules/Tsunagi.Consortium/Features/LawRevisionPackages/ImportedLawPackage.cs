using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>A package imported by the consortium's operator: its id and file hash make a second import a no-op.</summary>
public sealed class ImportedLawPackage : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; set; }

    public string PackageId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public int EntryCount { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public string ImportedBy { get; set; } = string.Empty;
}
