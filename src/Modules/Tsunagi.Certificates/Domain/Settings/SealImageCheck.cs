using SkiaSharp;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>
/// The one check of a seal image: a PNG of at most 200 KB that decodes, 32–2,000 pixels a side and roughly square (a
/// seal printed stretched would not be the town's seal).
/// </summary>
public static class SealImageCheck
{
    public const int MaxBytes = 200 * 1024;
    public const int MinSide = 32;
    public const int MaxSide = 2000;
    public const double MaxAspect = 1.25;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static SealImageProblem? Find(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length == 0)
        {
            return SealImageProblem.Empty;
        }

        if (png.Length > MaxBytes)
        {
            return SealImageProblem.TooLarge;
        }

        if (!png.AsSpan().StartsWith(PngSignature))
        {
            return SealImageProblem.NotPng;
        }

        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        using var bitmap = codec is null || codec.EncodedFormat != SKEncodedImageFormat.Png ? null : SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return SealImageProblem.NotPng;
        }

        var (width, height) = (bitmap.Width, bitmap.Height);
        if (Math.Min(width, height) < MinSide || Math.Max(width, height) > MaxSide)
        {
            return SealImageProblem.WrongSize;
        }

        return (double)Math.Max(width, height) / Math.Min(width, height) > MaxAspect ? SealImageProblem.NotSquare : null;
    }
}
