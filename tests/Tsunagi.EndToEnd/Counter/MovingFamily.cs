using System.Globalization;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>
/// The family of the journey, moving to 大槌町 from 気仙沼市: two parents in their thirties, a child of 8 (school age) and
/// a child of 3. Dates of birth are counted back from today (Tokyo) so the ages hold whenever the test runs.
/// </summary>
public sealed record MovingFamily(string Email, DateOnly MovedInOn, IReadOnlyList<FamilyMember> Members)
{
    public const string PreviousAddress = "宮城県気仙沼市八日町１丁目１番１号";
    public const string PostalCode = "028-1131";
    public const string Locality = "大槌町末広町";
    public const string Lot = "３番７号";

    public static MovingFamily Today(TimeProvider time, string email)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);
        return new MovingFamily(email, today,
        [
            new("繋本", "健太", "ツナモト", "ケンタ", today.AddYears(-35).AddDays(-40), "male", "世帯主"),
            new("繋本", "美咲", "ツナモト", "ミサキ", today.AddYears(-33).AddDays(-100), "female", "妻"),
            new("繋本", "陽翔", "ツナモト", "ハルト", today.AddYears(-8).AddDays(-60), "male", "子"),
            new("繋本", "結衣", "ツナモト", "ユイ", today.AddYears(-3).AddDays(-20), "female", "子"),
        ]);
    }

    /// <summary>Every name the family could be recognised by (full names and the family name alone).</summary>
    public IEnumerable<string> Names =>
        Members.SelectMany(m => new[] { m.FamilyName + " " + m.GivenName, m.FamilyName + m.GivenName, m.GivenName, m.FamilyNameKana + " " + m.GivenNameKana })
            .Append(Members[0].FamilyName).Append(Members[0].FamilyNameKana).Distinct(StringComparer.Ordinal);
}

public sealed record FamilyMember(string FamilyName, string GivenName, string FamilyNameKana, string GivenNameKana, DateOnly DateOfBirth, string Sex, string Relationship)
{
    public string DateOfBirthText => DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
