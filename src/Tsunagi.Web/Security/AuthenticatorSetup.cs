using QRCoder;

namespace Tsunagi.Web.Security;

/// <summary>The authenticator key as the enrolment page shows it: a QR code (PNG data: URI, allowed by the CSP) and the key in groups of four for typing.</summary>
public sealed record AuthenticatorSetup(string GroupedKey, string OtpAuthUri, string QrCodeDataUri)
{
    public const string Issuer = "つなぎ";

    public static AuthenticatorSetup For(string key, string userName, string tenantId)
    {
        var account = $"{userName}@{tenantId}";
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetup(Group(key), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    private static string Group(string key) =>
        string.Join(' ', key.Chunk(4).Select(chunk => new string(chunk)));
}
