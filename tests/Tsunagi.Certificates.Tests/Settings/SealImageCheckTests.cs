using SkiaSharp;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.CertificateSettingsAdmin;

namespace Tsunagi.Certificates.Tests.Settings;

/// <summary>The settings validator (print settings, law packages) and the upload form refuse the same seal images.</summary>
public sealed class SealImageCheckTests
{
    public static TheoryData<string, SealImageProblem?> Images => new()
    {
        { "square 200 px PNG", null },
        { "empty", SealImageProblem.Empty },
        { "JPEG", SealImageProblem.NotPng },
        { "PNG signature, broken body", SealImageProblem.NotPng },
        { "16 px", SealImageProblem.WrongSize },
        { "300 × 200 px", SealImageProblem.NotSquare },
        { "over 200 KB", SealImageProblem.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void A_seal_image_is_judged_the_same_by_the_settings_validator_and_the_upload_form(string image, SealImageProblem? expected)
    {
        var bytes = Make(image);

        Assert.Equal(expected, SealImageCheck.Find(bytes));
        Assert.Equal(expected is null, PrintRules.SealProblem(bytes) is null);
        Assert.Equal(expected is null, SealImage.Check(bytes) is null);
    }

    [Fact]
    public void The_settings_validator_words_a_stretched_seal_in_Japanese()
    {
        Assert.Equal("ほぼ正方形の画像を指定してください（縦横比1.25倍以内）。", PrintRules.SealProblem(Make("300 × 200 px")));
    }

    private static byte[] Make(string image) => image switch
    {
        "empty" => [],
        "JPEG" => Encode(200, 200, SKEncodedImageFormat.Jpeg),
        "PNG signature, broken body" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3],
        "16 px" => Encode(16, 16, SKEncodedImageFormat.Png),
        "300 × 200 px" => Encode(300, 200, SKEncodedImageFormat.Png),
        "over 200 KB" => [.. Encode(200, 200, SKEncodedImageFormat.Png), .. new byte[SealImageCheck.MaxBytes]],
        _ => Encode(200, 200, SKEncodedImageFormat.Png),
    };

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Red);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
