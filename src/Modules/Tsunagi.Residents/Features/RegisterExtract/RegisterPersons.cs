using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.RegisterExtract;

/// <summary>Turns a resident's record in force on a day into the <see cref="RegisterPerson"/> other modules print.</summary>
internal static class RegisterPersons
{
    public static RegisterPerson From(MemberOnDay member, string? householdHeadName, RegisterRemoval? removal)
    {
        var record = member.Record;
        var change = member.InForce;
        return new RegisterPerson(
            member.Resident.Id,
            record.HouseholdId,
            record.Name.FamilyName,
            record.Name.GivenName,
            record.Name.FamilyNameKana,
            record.Name.GivenNameKana,
            record.FormerFamilyName,
            record.DateOfBirth,
            record.Sex == Sex.Female ? RegisterSex.Female : RegisterSex.Male,
            record.Relationship,
            householdHeadName,
            record.Address.PostalCode,
            record.Address.Line,
            record.RegisteredDomicile,
            record.FamilyRegisterHead,
            record.ResidentRecordCode,
            record.BecameResidentOn,
            record.AddressSetOn,
            record.PreviousAddress,
            record.Foreign is { } foreign ? new RegisterForeignItems(foreign.Nationality, foreign.StatusOfResidence, foreign.PeriodOfStayEndsOn, foreign.ResidenceCardNumber) : null,
            new RegisterLastChange(ReasonOf(change.Kind), change.EffectiveOn, change.NotifiedOn),
            removal,
            member.Resident.IndividualNumberCipher is not null);
    }

    /// <summary>The removal (転出, 死亡, 職権消除) behind a 除票 on its day, or null when the person was on the register.</summary>
    public static ResidencyChange? RemovalOf(MemberOnDay member)
    {
        if (member.IsOnRegister)
        {
            return null;
        }

        var removals = member.History.Where(c => c.Kind is ChangeKind.MoveOut or ChangeKind.Death or ChangeKind.ExOfficioRemoval && c.EffectiveOn <= member.InForce.EffectiveOn);
        return ResidentHistory.AsOf(removals, member.InForce.EffectiveOn);
    }

    /// <summary>異動事由 as printed on a 住民票 (「転入」「世帯分離」「職権記載（移行）」…).</summary>
    public static string ReasonOf(ChangeKind kind) => ProblemText.Get("Change." + kind, ProblemText.Japanese);
}
