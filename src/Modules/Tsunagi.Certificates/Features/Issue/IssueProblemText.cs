using System.Globalization;
using System.Resources;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The text of an <see cref="IssueProblem"/> in a given language (pages: the user's; API problems: Japanese and English).</summary>
public static class IssueProblemText
{
    private static readonly ResourceManager Resources = new("Tsunagi.Certificates.Resources.CertificatesResource", typeof(IssueProblemText).Assembly);

    public static CultureInfo Japanese { get; } = CultureInfo.GetCultureInfo("ja-JP");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Message(IssueProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return string.Format(culture, Get(problem.MessageKey, culture), problem.Argument);
    }
}
