using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Domain.Rules;
using static Tsunagi.Certificates.Tests.Domain.Rules.RuleInputs;

namespace Tsunagi.Certificates.Tests.Domain.Rules;

public sealed class DocumentRulesTests
{
    private static readonly CertificateOptions WithNumber = CertificateOptions.Default with { IncludeIndividualNumber = true };

    [Fact]
    public void The_individual_number_is_printed_for_the_person_and_for_the_same_household()
    {
        Assert.Empty(IssuanceRules.Check(Request(Self(Head), options: WithNumber)));
        Assert.Empty(IssuanceRules.Check(Request(SameHousehold(Wife), [Person(Head)], WithNumber, Person(Wife))));
    }

    [Theory]
    [InlineData(RequesterType.Agent)]
    [InlineData(RequesterType.ThirdParty)]
    [InlineData(RequesterType.Official)]
    public void The_individual_number_is_refused_to_anyone_else(RequesterType type)
    {
        var requester = type switch
        {
            RequesterType.Agent => Agent(),
            RequesterType.ThirdParty => ThirdParty(),
            _ => Official(),
        };

        var refusal = Assert.Single(IssuanceRules.Check(Request(requester, options: WithNumber)));

        Assert.Equal(new IssuanceRefusal("options.includeIndividualNumber", "Rules.IndividualNumberNotAllowed"), refusal);
    }

    [Theory]
    [InlineData("転出")]
    [InlineData("死亡")]
    [InlineData("職権消除")]
    public void A_copy_of_a_removed_record_is_issued_for_a_removed_person(string reason) =>
        Assert.Empty(IssuanceRules.Check(Request(Agent(), [Person(Head, removal: Removed(reason))], type: CertificateType.RemovedRecordCopy)));

    [Fact]
    public void A_copy_of_a_removed_record_is_refused_for_a_person_on_the_register() =>
        Assert.Equal(["Rules.SubjectNotRemoved"], Keys(Request(Agent(), [Person(Head)], type: CertificateType.RemovedRecordCopy)));

    [Fact]
    public void A_move_out_certificate_is_issued_for_a_move_out_only()
    {
        Assert.Empty(IssuanceRules.Check(Request(Self(Head), [Person(Head, removal: Removed("転出"))], type: CertificateType.MoveOutCertificate)));
        Assert.Equal(["Rules.NoMoveOut"], Keys(Request(Agent(), [Person(Head, removal: Removed("死亡"))], type: CertificateType.MoveOutCertificate)));
        Assert.Equal(["Rules.NoMoveOut"], Keys(Request(Agent(), [Person(Head)], type: CertificateType.MoveOutCertificate)));
    }

    [Theory]
    [InlineData(CertificateType.ResidentCopyHousehold)]
    [InlineData(CertificateType.ResidentCopyIndividual)]
    [InlineData(CertificateType.RecordItemsCertificate)]
    public void A_resident_record_copy_of_a_removed_person_is_refused(CertificateType type) =>
        Assert.Equal(["Rules.SubjectRemoved"], Keys(Request(Agent(), [Person(Head, removal: Removed("死亡"))], type: type)));

    [Fact]
    public void A_request_without_subjects_is_refused() =>
        Assert.Equal(["Rules.NoSubjects"], Keys(Request(Self(Head), [])));
}
