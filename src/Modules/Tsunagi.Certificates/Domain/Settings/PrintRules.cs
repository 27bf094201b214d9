using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>
/// Rules of the print settings the schema cannot say: counters distinct and short; the seal as <see cref="SealImageCheck"/> says.
/// </summary>
public static class PrintRules
{
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

    public static string? SealProblem(byte[] png) => SealImageCheck.Find(png) switch
    {
        null => null,
        SealImageProblem.Empty => "ファイルが空です。",
        SealImageProblem.TooLarge => $"{SealImageCheck.MaxBytes / 1024}KB以下のファイルを指定してください。",
        SealImageProblem.NotPng => "PNG画像として読み取れません。",
        SealImageProblem.WrongSize => $"縦横とも{SealImageCheck.MinSide}〜{SealImageCheck.MaxSide}ピクセルの画像を指定してください。",
        _ => $"ほぼ正方形の画像を指定してください（縦横比1.25倍以内）。",
    };
}
