using Tsunagi.Certificates.Contracts;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// Reads the persons a certificate is about from the register as of a day (the residents module audits each read with
/// the purpose 「証明書交付」): a household's members (all, or the ones chosen), chosen persons, or the persons of the
/// latest 転出届 for a 転出証明書. Unknown ids (another municipality's included) are not found; whether the document fits
/// the persons (除票 or not) is for the rules, after the 支援措置 check.
/// </summary>
public sealed class IssueSubjects(IRegisterExtract register)
{
    public const string Purpose = "証明書交付";

    public async Task<IssueSubjectRecords> ReadAsync(IssueCertificateCommand command, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var persons = await PersonsAsync(command, asOf, cancellationToken);
        if (command.Type == CertificateType.MoveOutCertificate)
        {
            var moveOut = await register.LatestMoveOutAsync(persons[0].ResidentId, Purpose, cancellationToken)
                ?? throw new IssueRefusedException([new IssueProblem("residentIds", "Issue.Problem.NoMoveOut")]);
            return new IssueSubjectRecords(moveOut.Persons, moveOut);
        }

        return new IssueSubjectRecords(persons, null);
    }

    private async Task<IReadOnlyList<RegisterPerson>> PersonsAsync(IssueCertificateCommand command, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (command.HouseholdId is { } householdId)
        {
            var household = await register.HouseholdAsOfAsync(householdId, asOf, Purpose, cancellationToken)
                ?? throw new IssueSubjectNotFoundException();
            if (command.ResidentIds.Count == 0)
            {
                return household.Members.Count > 0
                    ? household.Members
                    : throw new IssueRefusedException([new IssueProblem("householdId", "Issue.Problem.HouseholdEmpty")]);
            }

            if (command.ResidentIds.Any(id => household.Members.All(m => m.ResidentId != id)))
            {
                throw new IssueRefusedException([new IssueProblem("residentIds", "Issue.Problem.NotInHousehold")]);
            }

            return [.. household.Members.Where(m => command.ResidentIds.Contains(m.ResidentId))];
        }

        var persons = new List<RegisterPerson>();
        foreach (var id in command.ResidentIds)
        {
            persons.Add(await register.PersonAsOfAsync(id, asOf, Purpose, cancellationToken) ?? throw new IssueSubjectNotFoundException());
        }

        return persons;
    }
}
