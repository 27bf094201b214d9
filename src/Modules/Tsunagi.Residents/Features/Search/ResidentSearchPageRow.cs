using System.Text.Json;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// What a result row needs of one resident, with the name of its household's head, read in one query (no tracked
/// entity). Sex and the foreign-resident flag live in the record's JSON.
/// </summary>
internal sealed record ResidentSearchPageRow(
    Guid Id,
    string FamilyName,
    string GivenName,
    string FamilyNameKana,
    string GivenNameKana,
    DateOnly DateOfBirth,
    string RecordJson,
    string AddressLine,
    Guid HouseholdId,
    ResidentStatus Status,
    string? HouseholdHeadName)
{
    public ResidentRecord Record() => JsonSerializer.Deserialize<ResidentRecord>(RecordJson, ResidencyChange.Json)!;
}
