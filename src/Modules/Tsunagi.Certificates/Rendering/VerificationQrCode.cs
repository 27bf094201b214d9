using QRCoder;

namespace Tsunagi.Certificates.Rendering;

/// <summary>The QR code of a certificate's verification URL, as a black-on-white PNG with its quiet zone.</summary>
internal static class VerificationQrCode
{
    private const int PixelsPerModule = 4;

    public static byte[] Png(string verificationUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(verificationUrl, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
