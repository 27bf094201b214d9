namespace Tsunagi.Residents.Features.IndividualNumberReveal;

/// <summary>The posted 閲覧目的 of a reveal.</summary>
public sealed class RevealForm
{
    public string? Purpose { get; set; }

    public string? PurposeNote { get; set; }
}
