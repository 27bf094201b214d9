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

    /// <summary>
    /// The PDF, or null when the issuance is unknown here. A certificate that printed 個人番号 is refused
    /// (<see cref="IssueRefusedException"/>) once a number is no longer in the register: printing it without the number
    /// would be a different document from the one issued.
    /// </summary>
    public async Task<byte[]?> PdfAsync(Guid id, CancellationToken cancellationToken = default) =>
        await PdfAsync(id, markAsReprint: false, cancellationToken);

    /// <summary>As <see cref="PdfAsync(Guid, CancellationToken)"/>; <paramref name="markAsReprint"/> marks it 再交付 before the reprint is counted.</summary>
    public async Task<byte[]?> PdfAsync(Guid id, bool markAsReprint, CancellationToken cancellationToken = default)
    {
        var issuance = await FindAsync(id, cancellationToken);
        if (issuance is null)
        {
            return null;
        }

        var content = await PrintableContentAsync(issuance, cancellationToken);
        content = content with { IsReprint = markAsReprint || issuance.ReprintCount > 0 };

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

    /// <summary>Refuses (<see cref="IssueRefusedException"/>) a reprint that could no longer print what was issued; false when unknown here.</summary>
    public async Task<bool> EnsureReprintableAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var issuance = await FindAsync(id, cancellationToken);
        if (issuance is not null)
        {
            await PrintableContentAsync(issuance, cancellationToken);
        }

        return issuance is not null;
    }

    private async Task<CertificateContent> PrintableContentAsync(Issuance issuance, CancellationToken cancellationToken)
    {
        var content = CertificateContentJson.Deserialize(issuance.ContentJson);
        if (!content.Items.IndividualNumber)
        {
            return content;
        }

        // Persons whose number printed are marked (CertificateContentJson.WithheldNumber); copies stored before the mark
        // existed carry none, and for them a missing number prints blank as it did.
        var persons = content.Persons.ToList();
        var marked = persons.Exists(p => p.IndividualNumber is not null);
        for (var i = 0; i < persons.Count && i < issuance.ResidentIds.Count; i++)
        {
            if (marked && persons[i].IndividualNumber is null)
            {
                continue;
            }

            var number = await register.IndividualNumberAsync(issuance.ResidentIds[i], IssueSubjects.Purpose, cancellationToken);
            if (number is null && marked)
            {
                throw new IssueRefusedException([new IssueProblem("id", "Issue.Problem.IndividualNumberGone")]);
            }

            persons[i] = persons[i] with { IndividualNumber = number };
        }

        return content with { Persons = persons };
    }
}
