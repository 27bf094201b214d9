namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>What importing the package would change, per member municipality; <see cref="AlreadyImported"/> when the same file was imported before.</summary>
public sealed record LawPackagePreview(LawPackage Package, IReadOnlyList<MunicipalityImpact> Municipalities, ImportedLawPackage? AlreadyImported)
{
    public IEnumerable<MunicipalityImpact> Affected => Municipalities.Where(m => m.IsAffected);

    public IEnumerable<MunicipalityImpact> NotAffected => Municipalities.Where(m => !m.IsAffected);
}
