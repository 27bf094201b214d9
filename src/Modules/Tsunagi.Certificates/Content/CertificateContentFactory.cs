using Tsunagi.Certificates.Domain;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Content;

/// <summary>
/// Decides what a certificate prints from the register's records and the request: optional items only when asked
/// (個人番号 only to 本人・同一世帯), the address with the municipality's name, the tenant's statement and mayor.
/// </summary>
public static class CertificateContentFactory
{
    public static CertificatePrintedItems PrintedItems(CertificateOptions options, Requester requester)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(requester);
        return new CertificatePrintedItems(
            options.IncludeHouseholdHeadAndRelationship,
            options.IncludeRegisteredDomicile,
            options.IncludeIndividualNumber && requester.Type is RequesterType.Self or RequesterType.SameHousehold,
            options.IncludeResidentRecordCode);
    }

    public static CertificateContent Create(CertificateContentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var items = source.Items;
        var first = source.Persons[0];
        var persons = source.Persons.Select(p => Person(p, items, source.IndividualNumbers.GetValueOrDefault(p.ResidentId))).ToList();
        var settings = source.Settings;
        return new CertificateContent(
            source.Type,
            source.MunicipalityName,
            source.Number,
            source.VerificationCode,
            source.VerificationUrl,
            source.IssuedOn,
            source.AsOf,
            items,
            persons,
            items.HouseholdHeadAndRelationship ? first.HouseholdHeadName : null,
            source.MunicipalityName + first.AddressLine,
            source.MoveOut?.DestinationAddress,
            source.MoveOut?.PlannedMoveOutOn,
            source.CertifiedItems,
            settings.AttestationText,
            settings.MayorTitle,
            settings.MayorName,
            settings.SealBytes(),
            IsReprint: false);
    }

    private static CertificatePerson Person(RegisterPerson p, CertificatePrintedItems items, string? individualNumber) => new(
        p.FamilyName,
        p.GivenName,
        p.FamilyNameKana,
        p.GivenNameKana,
        p.FormerFamilyName,
        p.DateOfBirth,
        p.Sex == RegisterSex.Male ? "男" : "女",
        items.HouseholdHeadAndRelationship ? p.Relationship : null,
        items.RegisteredDomicile ? p.RegisteredDomicile : null,
        items.RegisteredDomicile ? p.FamilyRegisterHead : null,
        items.ResidentRecordCode ? p.ResidentRecordCode : null,
        items.IndividualNumber ? individualNumber : null,
        p.BecameResidentOn,
        p.AddressSetOn,
        p.PreviousAddress,
        p.LastChange.Reason,
        p.LastChange.EffectiveOn,
        p.LastChange.NotifiedOn,
        p.Foreign?.Nationality,
        p.Foreign?.StatusOfResidence,
        p.Foreign?.PeriodOfStayEndsOn,
        p.Foreign?.ResidenceCardNumber,
        p.Removal?.Reason,
        p.Removal?.EffectiveOn,
        p.Removal?.NotifiedOn);
}
