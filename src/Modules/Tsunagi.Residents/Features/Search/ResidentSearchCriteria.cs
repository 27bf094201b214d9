using Tsunagi.Platform.Japanese;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// A parsed search. Name terms are <see cref="NameSearchKey"/> values: <see cref="NameKey"/> alone is matched as the
/// start of 氏名, 氏名カナ, 名 or 名カナ; with <see cref="GivenKey"/> it is the start of 氏名 (or its reading) and
/// <see cref="GivenKey"/> the start of 名 (or its reading).
/// </summary>
public sealed record ResidentSearchCriteria(
    string? NameKey,
    string? GivenKey,
    DateOnly? DateOfBirth,
    string? Address,
    string? ResidentRecordCode,
    IndividualNumber? IndividualNumber,
    bool IncludeRemoved)
{
    public bool IsEmpty => NameKey is null && DateOfBirth is null && Address is null && ResidentRecordCode is null && IndividualNumber is null;

    /// <summary>Which criteria were used (never their values), for the audit trail.</summary>
    public string Fields => string.Join(',', new[]
    {
        NameKey is null ? null : "name",
        DateOfBirth is null ? null : "dateOfBirth",
        Address is null ? null : "address",
        ResidentRecordCode is null ? null : "residentRecordCode",
        IndividualNumber is null ? null : "individualNumber",
        IncludeRemoved ? "includeRemoved" : null,
    }.Where(f => f is not null));
}
