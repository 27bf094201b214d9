namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>
/// A 転入届 as text, before the register checks it: what a pre-application or a counter case carries so the clerk
/// never types it twice. Same fields and formats as the register's move-in form (dates as 2025-11-23, R7.11.23 …).
/// </summary>
public sealed record MoveInDraft(
    string? MovedInOn,
    string? PreviousAddress,
    bool FromAbroad,
    AddressDraft Address,
    IReadOnlyList<PersonDraft> Members,
    string? MoveOutCertificateNumber = null,
    string? MoveOutMunicipalityCode = null);
