using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// One legacy row after parsing: its record number and 世帯番号 around the person the register will receive, with
/// 個人番号 still in clear (the person's cipher and blind index are filled in when the row is staged).
/// </summary>
public sealed record LegacyRow(int Row, string HouseholdId, LegacyPerson Person, IndividualNumber? IndividualNumber)
{
    public string LegacyId => Person.LegacyId;

    public string? ResidentRecordCode => Person.ResidentRecordCode;

    public string Relationship => Person.Relationship;

    public string Locality => Person.Locality;
}
