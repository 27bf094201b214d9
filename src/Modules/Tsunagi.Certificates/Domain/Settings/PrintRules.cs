using SkiaSharp;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>
/// Rules of the print settings the schema cannot say: counters distinct and short; the seal a PNG of at most 200 KB,
/// 32–2,000 pixels a side and roughly square (a seal printed stretched would not be the town's seal).
/// </summary>
public static class PrintRules
{
    public const int MaxSealBytes = 200 * 1024;
    public const int MinSealSide = 32;
    public const int MaxSealSide = 2000;
    public const double MaxSealAspect = 1.25;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IEnumerable<SettingError> Counters(CertificatePrintSettings print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var counters = print.Counters ?? [];
        for (var i = 0; i < counters.Count; i++)
        {
            var counter = counters[i] ?? string.Empty;
            if (counter.Trim().Length == 0 || counter.Length > CertificatePrintSettings.MaxCounterLength)
            {
                yield return new SettingError($"counters[{i}]", $"1文字以上{CertificatePrintSettings.MaxCounterLength}文字以内で入力してください。");
            }
            else if (counters.Take(i).Contains(counter, StringComparer.Ordinal))
            {
                yield return new SettingError($"counters[{i}]", "同じ窓口が重複しています。");
            }
        }
    }

    public static IEnumerable<SettingError> Seal(CertificatePrintSettings print)
    {
        ArgumentNullException.ThrowIfNull(print);
        return print.SealPng is null ? [] : SealProblem(print.SealPng) is { } problem ? [new SettingError("sealPng", problem)] : [];
    }

    /// <summary>The Japanese problem with a seal image (without the field's name), or null when it may be printed.</summary>
    public static string? SealProblem(string base64)
    {
        byte[] png;
        try
        {
            png = Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            return "PNG画像を Base64 で指定してください。";
        }

        return SealProblem(png);
    }

    public static string? SealProblem(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length == 0)
        {
            return "ファイルが空です。";
        }

        if (png.Length > MaxSealBytes)
        {
            return $"{MaxSealBytes / 1024}KB以下のファイルを指定してください。";
        }

        if (!png.AsSpan().StartsWith(PngSignature))
        {
            return "PNG画像として読み取れません。";
        }

        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        using var bitmap = codec is null || codec.EncodedFormat != SKEncodedImageFormat.Png ? null : SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return "PNG画像として読み取れません。";
        }

        var (width, height) = (bitmap.Width, bitmap.Height);
        if (Math.Min(width, height) < MinSealSide || Math.Max(width, height) > MaxSealSide)
        {
            return $"縦横とも{MinSealSide}〜{MaxSealSide}ピクセルの画像を指定してください。";
        }

        return (double)Math.Max(width, height) / Math.Min(width, height) > MaxSealAspect
            ? "ほぼ正方形の画像を指定してください（縦横比1.25倍以内）。"
            : null;
    }
}
