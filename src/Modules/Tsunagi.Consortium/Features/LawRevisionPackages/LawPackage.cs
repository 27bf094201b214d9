namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// A law-revision package as read from its file: national or prefectural setting values with their effective dates
/// (format: docs/modules/consortium-law-packages.md). <see cref="Sha256"/> is of the file's bytes; <see cref="ContentBase64"/> is the file itself, carried to the confirmation step.
/// </summary>
public sealed record LawPackage(string Id, string Title, string LegalBasis, IReadOnlyList<LawPackageEntry> Entries, string Sha256, string ContentBase64);
