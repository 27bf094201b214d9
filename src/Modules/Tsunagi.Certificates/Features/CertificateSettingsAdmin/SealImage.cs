using SkiaSharp;
using Tsunagi.Certificates.Features.Payment;

namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>
/// Checks an uploaded seal (公印) image: at most 200 KB, a PNG that decodes, 32–2,000 pixels a side and roughly square
/// (a seal printed stretched would not be the town's seal).
/// </summary>
public static class SealImage
{
    public const int MaxBytes = 200 * 1024;
    public const int MinSide = 32;
    public const int MaxSide = 2000;
    private const double MaxAspect = 1.25;

    public static CashProblem? Check(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length == 0)
        {
            return new CashProblem("seal", "Cash.Problem.SealEmpty");
        }

        if (png.Length > MaxBytes)
        {
            return new CashProblem("seal", "Cash.Problem.SealTooLarge", MaxBytes / 1024);
        }

        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != SKEncodedImageFormat.Png)
        {
            return new CashProblem("seal", "Cash.Problem.SealNotPng");
        }

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return new CashProblem("seal", "Cash.Problem.SealNotPng");
        }

        var (width, height) = (bitmap.Width, bitmap.Height);
        if (Math.Min(width, height) < MinSide || Math.Max(width, height) > MaxSide)
        {
            return new CashProblem("seal", "Cash.Problem.SealSize", MinSide, MaxSide);
        }

        return (double)Math.Max(width, height) / Math.Min(width, height) > MaxAspect
            ? new CashProblem("seal", "Cash.Problem.SealNotSquare")
            : null;
    }
}
