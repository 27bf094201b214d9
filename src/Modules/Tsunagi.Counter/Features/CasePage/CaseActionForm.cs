namespace Tsunagi.Counter.Features.CasePage;

/// <summary>
/// Any action posted from the case page (form <c>case-action</c>): <see cref="Kind"/> is call, serve, close, step or
/// register; <see cref="Version"/> is the case version the page showed (a stale page is refused); irreversible actions
/// come back with <see cref="Confirmed"/> from the confirmation panel.
/// </summary>
public sealed class CaseActionForm
{
    public string? Kind { get; set; }

    public Guid? StepId { get; set; }

    public string? To { get; set; }

    public string? Reason { get; set; }

    public int? Version { get; set; }

    public bool Confirmed { get; set; }
}
