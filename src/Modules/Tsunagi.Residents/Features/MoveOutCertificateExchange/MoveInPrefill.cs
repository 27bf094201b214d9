using System.Globalization;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.MoveOutCertificateExchange;

/// <summary>Fills a 転入届 form from an exchanged 転出証明書: the persons, their previous address and the certificate's reference.</summary>
public static class MoveInPrefill
{
    public static void Apply(MoveInInput input, ExchangedMoveOutCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(certificate);
        input.MoveOutMunicipalityCode = certificate.MunicipalityCode;
        input.MoveOutCertificateNumber = certificate.Number;
        input.FromAbroad = false;
        input.PreviousAddress = certificate.Records.Count > 0 ? certificate.MunicipalityName + certificate.Records[0].Address.Line : certificate.MunicipalityName;
        input.Members = [.. certificate.Records.Select(Person)];
    }

    private static PersonInput Person(ResidentRecord record) => new()
    {
        FamilyName = record.Name.FamilyName,
        GivenName = record.Name.GivenName,
        FamilyNameKana = record.Name.FamilyNameKana,
        GivenNameKana = record.Name.GivenNameKana,
        FormerFamilyName = record.FormerFamilyName,
        DateOfBirth = record.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sex = record.Sex == Sex.Male ? "male" : "female",
        Relationship = record.Relationship,
        RegisteredDomicile = record.RegisteredDomicile,
        FamilyRegisterHead = record.FamilyRegisterHead,
        ResidentRecordCode = record.ResidentRecordCode,
        Nationality = record.Foreign?.Nationality,
        StatusOfResidence = record.Foreign?.StatusOfResidence,
        PeriodOfStayEndsOn = record.Foreign?.PeriodOfStayEndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ResidenceCardNumber = record.Foreign?.ResidenceCardNumber,
    };
}
