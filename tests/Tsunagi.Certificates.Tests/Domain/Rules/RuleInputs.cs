using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Domain.Rules;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Tests.Domain.Rules;

/// <summary>A household of two (head and wife), a neighbour in another household, and requests about them.</summary>
internal static class RuleInputs
{
    public static readonly Guid Household = Guid.Parse("01900000-0000-7000-8000-000000000001");
    public static readonly Guid OtherHousehold = Guid.Parse("01900000-0000-7000-8000-000000000002");
    public static readonly Guid Head = Guid.Parse("01900000-0000-7000-8000-000000000011");
    public static readonly Guid Wife = Guid.Parse("01900000-0000-7000-8000-000000000012");
    public static readonly Guid Neighbour = Guid.Parse("01900000-0000-7000-8000-000000000013");

    public const string LegitimateReason = "貸付金の返済請求訴訟で被告の住所を確認するため";

    public static RegisterPerson Person(Guid id, Guid? household = null, RegisterRemoval? removal = null) => new(
        id, household ?? Household, "髙橋", "一郎", "タカハシ", "イチロウ", null, new DateOnly(1980, 4, 1), RegisterSex.Male, "世帯主", "髙橋　一郎",
        "028-1131", "大槌町末広町１番１号", "岩手県上閉伊郡大槌町末広町１番地", "髙橋　一郎", "12345678901", new DateOnly(2026, 10, 1),
        new DateOnly(2026, 10, 1), null, null, new RegisterLastChange("転入", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1)), removal, true);

    public static RegisterRemoval Removed(string reason) => new(reason, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 23), reason == "転出" ? "岩手県下閉伊郡野田村大字野田２０番地" : null);

    public static Requester Self(Guid id) => new(RequesterType.Self, "髙橋　一郎", id, false, null, null, "運転免許証");

    public static Requester SameHousehold(Guid id) => new(RequesterType.SameHousehold, "髙橋　花子", id, false, null, null, "運転免許証");

    public static Requester Agent(string name = "代理　太郎", bool powerOfAttorney = true) => new(RequesterType.Agent, name, null, powerOfAttorney, null, null, "運転免許証");

    public static Requester ThirdParty(string? reason = LegitimateReason, string name = "株式会社つなぎ債権回収") => new(RequesterType.ThirdParty, name, null, false, reason, null, "社員証");

    public static Requester Official(string? agency = "岩手県釜石警察署", string? legalBasis = "刑事訴訟法第197条第2項による捜査関係事項照会") =>
        new(RequesterType.Official, "照会　担当", null, false, legalBasis, agency, "職員証");

    public static IssuanceRuleInput Request(
        Requester requester,
        IReadOnlyList<RegisterPerson>? subjects = null,
        CertificateOptions? options = null,
        RegisterPerson? requesterRecord = null,
        bool restrictionBlocked = false,
        CertificateType type = CertificateType.ResidentCopyHousehold) =>
        new(type, requester, options ?? CertificateOptions.Default, subjects ?? [Person(Head), Person(Wife)], requesterRecord, restrictionBlocked);

    public static string[] Keys(IssuanceRuleInput input) => [.. IssuanceRules.Check(input).Select(r => r.MessageKey)];
}
