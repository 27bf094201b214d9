namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>
/// The continuity export of one municipality (implemented by the host over the Continuity module, which this module may
/// not reference). Writes every table of the town into an empty directory and verifies it, or throws
/// <see cref="OffboardingRefusedException"/>.
/// </summary>
public interface ITenantArchive
{
    Task<TenantArchive> ExportAndVerifyAsync(string municipalityCode, string directory, CancellationToken cancellationToken);
}
