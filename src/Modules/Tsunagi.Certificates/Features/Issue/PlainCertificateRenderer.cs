using System.Globalization;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// A plain layout of every printed item (one table row per person, no QR code), used until the module's certificate
/// renderer (standard 世帯連記式 and 個人票 forms with QR) is merged; then that renderer replaces this one.
/// </summary>
internal sealed class PlainCertificateRenderer(PdfDocumentWriter writer) : ICertificateRenderer
{
    public RenderedDocument Render(CertificateContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        var doc = new DocumentBuilder().Title(Title(content.Type) + (content.IsReprint ? "（再交付）" : string.Empty));
        doc.Paragraph("証明書番号　" + content.CertificateNumber + "　　検証コード　" + content.VerificationCode, TextStyle.Small);
        if (content.AsOf is { } asOf)
        {
            doc.Paragraph(DocumentEraDateFormat.Format(asOf) + "現在の記録", TextStyle.Small);
        }

        doc.Paragraph("住所　" + content.Address);
        if (content.HouseholdHeadName is { } head)
        {
            doc.Paragraph("世帯主　" + head);
        }

        if (content.MoveOutDestination is { } destination)
        {
            doc.Paragraph("転出先　" + destination + "　転出予定日　" + Date(content.PlannedMoveOutOn));
        }

        doc.Table(new DocumentTable([3, 2, 1, 4], ["氏名", "生年月日", "性別", "記載事項"], [.. content.Persons.Select(Row)]));
        if (content.CertifiedItems.Count > 0)
        {
            doc.Paragraph("証明する事項　" + string.Join("、", content.CertifiedItems));
        }

        doc.Space().Paragraph(content.CertificationStatement).Space()
            .RightAligned(DocumentEraDateFormat.Format(content.IssuedOn))
            .RightAligned(content.MayorTitle + "　" + content.MayorName, new TextStyle(FontFace.Mincho, 14f));
        if (content.SealPng is { } seal)
        {
            doc.Seal(seal, 48);
        }

        doc.Space().Paragraph(content.VerificationUrl, TextStyle.Small);
        return writer.Write(doc.Build(), output);
    }

    private static IReadOnlyList<string> Row(CertificatePerson p)
    {
        var items = new List<string>
        {
            "住民となった日 " + Date(p.BecameResidentOn),
            "住所を定めた日 " + Date(p.AddressSetOn),
            p.LastChangeReason + " " + Date(p.LastChangeOn) + "（届出 " + Date(p.LastNotifiedOn) + "）",
        };
        Add(items, "続柄", p.Relationship);
        Add(items, "本籍", p.RegisteredDomicile);
        Add(items, "筆頭者", p.FamilyRegisterHead);
        Add(items, "住民票コード", p.ResidentRecordCode);
        Add(items, "個人番号", p.IndividualNumber);
        Add(items, "従前の住所", p.PreviousAddress);
        Add(items, "国籍・地域", p.Nationality);
        Add(items, "在留資格", p.StatusOfResidence);
        Add(items, "在留カード等の番号", p.ResidenceCardNumber);
        if (p.RemovalReason is { } removal)
        {
            items.Add(removal + " " + Date(p.RemovedOn));
        }

        var name = p.FamilyName + "　" + p.GivenName + "\n" + p.FamilyNameKana + "　" + p.GivenNameKana;
        if (p.FormerFamilyName is { } former)
        {
            name += "\n旧氏 " + former;
        }

        return [name, Date(p.DateOfBirth), p.Sex, string.Join("\n", items)];
    }

    private static void Add(List<string> items, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            items.Add(label + " " + value);
        }
    }

    private static string Date(DateOnly? date) => date is { } d ? DocumentEraDateFormat.Format(d) : string.Empty;

    private static string Title(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold or CertificateType.ResidentCopyIndividual => "住民票の写し",
        CertificateType.RecordItemsCertificate => "住民票記載事項証明書",
        CertificateType.RemovedRecordCopy => "除票の写し",
        CertificateType.MoveOutCertificate => "転出証明書",
        _ => string.Create(CultureInfo.InvariantCulture, $"証明書 {type}"),
    };
}
