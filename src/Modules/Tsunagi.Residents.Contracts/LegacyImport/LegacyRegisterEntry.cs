namespace Tsunagi.Residents.Contracts.LegacyImport;

/// <summary>
/// What the register computes for one <see cref="LegacyPerson"/> before the set-based import
/// (<see cref="ILegacyResidentImport.Prepare"/>): ids, search keys, address line and the record as JSON, exactly as
/// the domain's own entry would store them. The caller stages them beside the person.
/// </summary>
public sealed record LegacyRegisterEntry(
    Guid ResidentId,
    Guid ChangeId,
    string NameKey,
    string KanaKey,
    string GivenNameKey,
    string GivenKanaKey,
    string AddressLine,
    string RecordJson,
    bool LateNotification);
