using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// A validated row waiting for the move into the register, one typed column per item of <see cref="LegacyPerson"/>
/// (written by binary COPY on PostgreSQL); 個人番号 only encrypted with the tenant key, beside its blind index; and the
/// register's values of the person (<see cref="LegacyRegisterEntry"/>) for the set-based import on PostgreSQL.
/// </summary>
public sealed class LegacyStagedRow : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid RunId { get; init; }

    public int Row { get; init; }

    public string HouseholdId { get; init; } = string.Empty;

    public string LegacyId { get; init; } = string.Empty;

    public string FamilyName { get; init; } = string.Empty;

    public string GivenName { get; init; } = string.Empty;

    public string FamilyNameKana { get; init; } = string.Empty;

    public string GivenNameKana { get; init; } = string.Empty;

    public string? FormerFamilyName { get; init; }

    public DateOnly DateOfBirth { get; init; }

    public bool IsFemale { get; init; }

    public string Relationship { get; init; } = string.Empty;

    public string PostalCode { get; init; } = string.Empty;

    public string Locality { get; init; } = string.Empty;

    public string Lot { get; init; } = string.Empty;

    public string? AddressSupplement { get; init; }

    public string? RegisteredDomicile { get; init; }

    public string? FamilyRegisterHead { get; init; }

    public string? ResidentRecordCode { get; init; }

    public DateOnly EnteredOn { get; init; }

    public DateOnly? AddressSetOn { get; init; }

    public byte[]? IndividualNumberCipher { get; init; }

    public byte[]? IndividualNumberIndex { get; init; }

    // The register's values (LegacyRegisterEntry), computed while staging so the import is one INSERT … SELECT per table.
    public Guid RegisterHouseholdId { get; init; }

    public Guid ResidentId { get; init; }

    public Guid ChangeId { get; init; }

    public string NameKey { get; init; } = string.Empty;

    public string KanaKey { get; init; } = string.Empty;

    public string GivenNameKey { get; init; } = string.Empty;

    public string GivenKanaKey { get; init; } = string.Empty;

    public string AddressLine { get; init; } = string.Empty;

    public string RecordJson { get; init; } = string.Empty;

    public bool LateNotification { get; init; }

    public static LegacyStagedRow From(string tenantId, Guid runId, int row, string householdId, LegacyPerson p, Guid registerHouseholdId, LegacyRegisterEntry e)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            TenantId = tenantId,
            RunId = runId,
            Row = row,
            HouseholdId = householdId,
            LegacyId = p.LegacyId,
            FamilyName = p.FamilyName,
            GivenName = p.GivenName,
            FamilyNameKana = p.FamilyNameKana,
            GivenNameKana = p.GivenNameKana,
            FormerFamilyName = p.FormerFamilyName,
            DateOfBirth = p.DateOfBirth,
            IsFemale = p.IsFemale,
            Relationship = p.Relationship,
            PostalCode = p.PostalCode,
            Locality = p.Locality,
            Lot = p.Lot,
            AddressSupplement = p.AddressSupplement,
            RegisteredDomicile = p.RegisteredDomicile,
            FamilyRegisterHead = p.FamilyRegisterHead,
            ResidentRecordCode = p.ResidentRecordCode,
            EnteredOn = p.EnteredOn,
            AddressSetOn = p.AddressSetOn,
            IndividualNumberCipher = p.IndividualNumberCipher,
            IndividualNumberIndex = p.IndividualNumberIndex,
            RegisterHouseholdId = registerHouseholdId,
            ResidentId = e.ResidentId,
            ChangeId = e.ChangeId,
            NameKey = e.NameKey,
            KanaKey = e.KanaKey,
            GivenNameKey = e.GivenNameKey,
            GivenKanaKey = e.GivenKanaKey,
            AddressLine = e.AddressLine,
            RecordJson = e.RecordJson,
            LateNotification = e.LateNotification,
        };
    }

    public LegacyPerson ToPerson() =>
        new(LegacyId, FamilyName, GivenName, FamilyNameKana, GivenNameKana, FormerFamilyName, DateOfBirth, IsFemale, Relationship, PostalCode,
            Locality, Lot, AddressSupplement, RegisteredDomicile, FamilyRegisterHead, ResidentRecordCode, EnteredOn, AddressSetOn,
            IndividualNumberCipher, IndividualNumberIndex);
}
