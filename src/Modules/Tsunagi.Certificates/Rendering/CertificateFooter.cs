using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// The end of a certificate, kept on one page: 認証文, issue date, the mayor's title and name with the seal over its end,
/// then the certificate number and verification code beside a QR code of the verification URL.
/// </summary>
internal sealed class CertificateFooter(CertificateContent content)
{
    public const float SealSize = 56f;
    public const float QrSize = 60f;

    /// <summary>The QR code stays this far left of the right margin so it never touches the seal above it.</summary>
    private const float QrRightGap = 40f;
    private const string DateIndent = "\u3000\u3000";

    private string Statement => string.IsNullOrWhiteSpace(content.CertificationStatement)
        ? CertificateWording.DefaultStatement(content.Type)
        : content.CertificationStatement;

    /// <summary>Space, statement, date, mayor, space, then three lines beside the QR code.</summary>
    public int Lines => 1 + LineEstimate.Paragraph(Statement) + 2 + 1 + 3;

    public void Add(DocumentBuilder builder)
    {
        builder.Space()
            .Paragraph(Statement)
            .Paragraph(DateIndent + PrintedDate.Of(content.IssuedOn))
            .RightAligned($"{content.MayorTitle}\u3000{content.MayorName}");
        if (content.SealPng is { Length: > 0 } seal)
        {
            builder.Seal(seal, SealSize);
        }

        builder.Space()
            .Paragraph($"{PrintedLabels.CertificateNumber}\u3000{content.CertificateNumber}")
            .Paragraph(HintReachingQrCode(), TextStyle.Small)
            .Seal(VerificationQrCode.Png(content.VerificationUrl), QrSize)
            .Paragraph($"{PrintedLabels.VerificationCode}\u3000{content.VerificationCode}");
    }

    /// <summary>
    /// The builder places an image only in the flow or centred over the end of the previous line (as a seal). The hint
    /// is padded with full-width spaces, one em each, so its end sits where the QR code's centre belongs, and the code
    /// is placed as a "seal" over it: beside the three lines, right of the text.
    /// </summary>
    private static string HintReachingQrCode()
    {
        var size = TextStyle.Small.Size;
        var centre = PageGeometry.TextWidth - QrRightGap - (QrSize / 2);
        var hintWidth = PrintedLabels.VerificationHint.Length * size;
        var padding = (int)Math.Round((centre + (size / 2) - hintWidth) / size);
        return PrintedLabels.VerificationHint + new string('\u3000', Math.Max(0, padding));
    }
}
