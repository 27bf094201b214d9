using System.Globalization;
using System.Resources;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The module's strings in a given language: pages use the user's, API problems give Japanese and English side by side.</summary>
public static class CashText
{
    private static readonly ResourceManager Resources = new("Tsunagi.Certificates.Resources.CertificatesResource", typeof(CashText).Assembly);

    public static CultureInfo Japanese { get; } = CultureInfo.GetCultureInfo("ja-JP");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Message(CashProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return string.Format(culture, Get(problem.Key, culture), problem.Arguments);
    }
}
