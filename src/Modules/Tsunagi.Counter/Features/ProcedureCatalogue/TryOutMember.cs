namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>One row of the try-out household; a row without relationship and date of birth is ignored.</summary>
public sealed class TryOutMember
{
    public string Relationship { get; set; } = string.Empty;

    public string DateOfBirth { get; set; } = string.Empty;

    public string Insurance { get; set; } = "National";

    public bool Subject { get; set; } = true;

    public bool Foreign { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Relationship) && string.IsNullOrWhiteSpace(DateOfBirth);
}
