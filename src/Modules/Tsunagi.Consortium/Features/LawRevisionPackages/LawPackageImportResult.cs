namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>The recorded import; <see cref="AlreadyImported"/> when this very file had been imported before (nothing stored again).</summary>
public sealed record LawPackageImportResult(ImportedLawPackage Package, bool AlreadyImported);
