namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>The confirmation form: the previewed file (base64) sent back to be read and checked again, then imported.</summary>
public sealed class LawPackageInput
{
    public string? Content { get; set; }
}
