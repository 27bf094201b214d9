namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>The request fields a refusal names (the API's names, so a form can put the message at its field).</summary>
internal static class RuleFields
{
    public const string Subjects = "subjects";
    public const string Requester = "requester";
    public const string RequesterResident = "requester.residentId";
    public const string RequesterName = "requester.name";
    public const string PowerOfAttorney = "requester.powerOfAttorneyPresented";
    public const string Reason = "requester.reason";
    public const string Agency = "requester.agency";
    public const string IndividualNumber = "options.includeIndividualNumber";
    public const string RegisteredDomicile = "options.includeRegisteredDomicile";
    public const string ResidentRecordCode = "options.includeResidentRecordCode";
}
