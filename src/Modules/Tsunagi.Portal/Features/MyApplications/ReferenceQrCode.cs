using QRCoder;

namespace Tsunagi.Portal.Features.MyApplications;

/// <summary>The QR code of a pre-application's reference (「T7K-4MXQ-9」, what the counter's scanner types), as a PNG data URI.</summary>
public static class ReferenceQrCode
{
    private const int PixelsPerModule = 8;

    public static string DataUri(string formattedReference)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(formattedReference, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(PixelsPerModule));
    }
}
