namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>A municipality just deactivated: its verified export and the day until which its data is kept.</summary>
public sealed record OffboardedMunicipality(string Code, TenantArchive Archive, DateOnly RetainedUntil);
