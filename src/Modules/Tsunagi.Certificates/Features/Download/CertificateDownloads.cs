using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Certificates.Rendering;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.Download;

/// <summary>
/// The PDF of an issued certificate, rendered again from its stored content (marked 再交付 once it was reprinted), with
/// 個人番号 fetched again from the register when it printed (audited there as a reveal). Every download is audited
/// as <c>certificates.downloaded</c>. Another municipality's issuance is not found (query filter).
/// </summary>
internal sealed class CertificateDownloads(CertificatesDbContext db, IRegisterExtract register, CertificateRenderer renderer, AuditTrail audit)
{
    public const string DownloadedAction = "certificates.downloaded";

    public Task<Issuance?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Issuances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<byte[]?> PdfAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var issuance = await FindAsync(id, cancellationToken);
        if (issuance is null)
        {
            return null;
        }

        var content = CertificateContentJson.Deserialize(issuance.ContentJson);
        var persons = content.Persons.ToList();
        if (content.Items.IndividualNumber)
        {
            for (var i = 0; i < persons.Count && i < issuance.ResidentIds.Count; i++)
            {
                var number = await register.IndividualNumberAsync(issuance.ResidentIds[i], IssueSubjects.Purpose, cancellationToken);
                persons[i] = persons[i] with { IndividualNumber = number };
            }
        }

        content = content with { Persons = persons, IsReprint = issuance.ReprintCount > 0 };

        // The download's audit event commits on its own connection while the PDF is drawn; the PDF leaves only once
        // the event is durable (a failed audit fails the download).
        var audited = audit.RecordOnOwnConnectionAsync(new AuditEntry(DownloadedAction, "issuance", issuance.Id.ToString(), AuditOutcome.Succeeded, IssueSubjects.Purpose), cancellationToken);
        using var output = new MemoryStream();
        try
        {
            renderer.Render(content, output);
        }
        finally
        {
            await audited;
        }

        return output.ToArray();
    }
}
