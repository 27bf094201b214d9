namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// The household of the visit as a condition sees it (<c>Household</c>): the life event, counts by age band and
/// insurance, and <see cref="Members"/> for conditions such as <c>Household.Members.Any(Is75OrOver)</c>.
/// </summary>
public sealed class HouseholdRuleFacts
{
    internal static readonly HouseholdRuleFacts Empty = new() { LifeEvent = string.Empty, FromAbroad = false, FiscalYear = 0, Members = [] };

    /// <summary>転入, 転出, 転居, 出生, 死亡, 婚姻, 離婚, 世帯変更 or 証明書のみ.</summary>
    public required string LifeEvent { get; init; }

    public required bool FromAbroad { get; init; }

    /// <summary>The 年度 of the event date (令和7年度 = 2025).</summary>
    public required int FiscalYear { get; init; }

    public required IReadOnlyList<PersonRuleFacts> Members { get; init; }

    public int Size => Members.Count;

    public int Subjects => Members.Count(m => m.IsSubject);

    public int ChildrenUnder18 => Members.Count(m => m.IsUnder18);

    public int UpToHighSchoolAge => Members.Count(m => m.IsUpToHighSchoolAge);

    public int SchoolAge => Members.Count(m => m.IsSchoolAge);

    public int Under3 => Members.Count(m => m.IsUnder3);

    public int Aged40To64 => Members.Count(m => m.Is40To64);

    public int Aged65OrOver => Members.Count(m => m.Is65OrOver);

    public int Aged75OrOver => Members.Count(m => m.Is75OrOver);

    public int ForeignResidents => Members.Count(m => m.IsForeignResident);

    /// <summary>Members declared on 国保 (after the event).</summary>
    public int OnNationalInsurance => Members.Count(m => m.OnNationalInsurance);

    /// <summary>The event is about the 世帯主 (the deceased or the person moving was the head).</summary>
    public bool SubjectIsHead => Members.Any(m => m.IsSubject && m.IsHead);

    /// <summary>Someone other than the subjects is on 国保 (出生: the baby joins the parents' 国保).</summary>
    public bool OthersOnNationalInsurance => Members.Any(m => !m.IsSubject && m.OnNationalInsurance);
}
