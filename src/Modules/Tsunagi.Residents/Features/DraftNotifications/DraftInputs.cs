using System.Globalization;
using Tsunagi.Residents.Contracts.Notifications;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.DraftNotifications;

/// <summary>A draft as the text of the register's forms: the parser then checks it exactly as if a clerk had typed it.</summary>
public static class DraftInputs
{
    public static MoveInInput MoveIn(MoveInDraft draft, DateOnly notifiedOn)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new MoveInInput
        {
            MovedInOn = draft.MovedInOn,
            NotifiedOn = notifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PreviousAddress = draft.PreviousAddress,
            FromAbroad = draft.FromAbroad,
            MoveOutCertificateNumber = draft.MoveOutCertificateNumber,
            MoveOutMunicipalityCode = draft.MoveOutMunicipalityCode,
            Address = new AddressInput
            {
                PostalCode = draft.Address.PostalCode,
                Locality = draft.Address.Locality,
                Lot = draft.Address.Lot,
                AddressSupplement = draft.Address.AddressSupplement,
            },
            Members = [.. draft.Members.Select(Person)],
        };
    }

    private static PersonInput Person(PersonDraft person) => new()
    {
        FamilyName = person.FamilyName,
        GivenName = person.GivenName,
        FamilyNameKana = person.FamilyNameKana,
        GivenNameKana = person.GivenNameKana,
        DateOfBirth = person.DateOfBirth,
        Sex = person.Sex,
        Relationship = person.Relationship,
        Nationality = person.Nationality,
        RegisteredDomicile = person.RegisteredDomicile,
        FamilyRegisterHead = person.FamilyRegisterHead,
    };
}
