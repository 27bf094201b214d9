using Tsunagi.Certificates.Contracts.Counter;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.ForCounter;

/// <summary>
/// The requester of a counter case's certificate, taken from the register (no second entry of the name): the case's
/// identified person, or the head of the household just registered. 本人 when the certificate is about that person alone,
/// else 同一世帯; whether that holds is for the certificates rules. Reads are audited by the register (証明書交付).
/// </summary>
internal sealed class CaseRequesters(IRegisterExtract register, TimeProvider time)
{
    public async Task<Requester?> FindAsync(CaseCertificateRequest request, CancellationToken cancellationToken)
    {
        var today = TokyoTime.Today(time);
        RegisterPerson? person = null;
        if (request.RequesterResidentId is { } id)
        {
            person = await register.PersonAsOfAsync(id, today, IssueSubjects.Purpose, cancellationToken);
        }
        else if (request.HouseholdId is { } householdId && await register.HouseholdAsOfAsync(householdId, today, IssueSubjects.Purpose, cancellationToken) is { } household)
        {
            person = household.Members.FirstOrDefault(m => m.Relationship == "世帯主") ?? (household.Members.Count > 0 ? household.Members[0] : null);
        }

        if (person is null)
        {
            return null;
        }

        var self = request.HouseholdId is null && request.ResidentIds.Count == 1 && request.ResidentIds[0] == person.ResidentId;
        return new Requester(
            self ? RequesterType.Self : RequesterType.SameHousehold, $"{person.FamilyName}　{person.GivenName}", person.ResidentId, false, null, null, request.IdentityDocument);
    }
}
