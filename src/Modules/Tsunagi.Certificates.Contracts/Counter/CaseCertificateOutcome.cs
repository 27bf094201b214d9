namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>The certificate issued (unpaid), or the certificates module's refusal with its messages per field; nothing issued then.</summary>
public sealed record CaseCertificateOutcome(CaseCertificateIssued? Issued, IReadOnlyList<CaseCertificateProblem> Problems)
{
    public bool Succeeded => Issued is not null;
}
