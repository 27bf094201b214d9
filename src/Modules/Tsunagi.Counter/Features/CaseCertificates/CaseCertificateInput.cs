namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary><c>POST /api/v1/counter/cases/{id}/certificates</c> and the page's form: type by API name and copies (1–10).</summary>
public sealed class CaseCertificateInput
{
    public string? Type { get; set; }

    public int? Copies { get; set; }
}
