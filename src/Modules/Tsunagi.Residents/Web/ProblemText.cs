using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Web;

/// <summary>
/// Turns a <see cref="FieldProblem"/> into 「生年月日（2人目）：生年月日より前の日付は指定できません。」 in a given
/// language (pages: the user's; API problems: Japanese and English side by side).
/// </summary>
public static partial class ProblemText
{
    private static readonly ResourceManager Resources = new("Tsunagi.Residents.Resources.ResidentsResource", typeof(ProblemText).Assembly);

    public static CultureInfo Japanese { get; } = CultureInfo.GetCultureInfo("ja-JP");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Message(FieldProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var message = string.Format(culture, Get(problem.ProblemKey, culture), problem.Arguments);
        return string.Format(culture, Get("Problem.Format", culture), Label(problem, culture), message);
    }

    /// <summary>The field's label, with the person's number for a field of the n-th person (<c>members[1].…</c>).</summary>
    public static string Label(FieldProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var label = Get(problem.LabelKey, culture);
        return MemberIndex().Match(problem.Field) is { Success: true } member
            ? string.Format(culture, Get("Field.Member", culture), label, int.Parse(member.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
            : label;
    }

    [GeneratedRegex(@"^members\[(\d+)\]\.")]
    private static partial Regex MemberIndex();
}
