using System.Globalization;
using System.Text;

namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>The certificates page's form: type (API name), copies as typed (full-width digits accepted), the form token and the step.</summary>
public sealed class CaseCertificateForm
{
    public const string Confirm = "confirm";
    public const string Commit = "commit";
    public const string Edit = "edit";

    public string? Type { get; set; }

    public string? Copies { get; set; } = "1";

    public string? Token { get; set; }

    public string? Step { get; set; }

    /// <summary>The handler's input: copies read after NFKC (「２」 → 2); null when it is not a whole number, which the handler refuses naming 通数.</summary>
    public CaseCertificateInput ToInput() => new()
    {
        Type = Type,
        Copies = int.TryParse((Copies ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var copies) ? copies : null,
    };
}
