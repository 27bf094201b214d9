using System.Globalization;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>Names where characters no font has appear: a person's name (「氏名（2人目「…」）」) or, failing that, the other printed text.</summary>
public static class UnprintableProblems
{
    public static IReadOnlyList<IssueProblem> Find(IReadOnlyList<RegisterPerson> persons, IReadOnlyList<string> characters)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(characters);
        var problems = new List<IssueProblem>();
        var left = characters.ToList();
        for (var i = 0; i < persons.Count; i++)
        {
            var name = persons[i].FamilyName + persons[i].GivenName + persons[i].FormerFamilyName;
            var inName = left.Where(c => name.Contains(c, StringComparison.Ordinal)).ToList();
            if (inName.Count > 0)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"{i + 1}: 「{string.Concat(inName)}」");
                problems.Add(new IssueProblem($"persons[{i}].name", "Issue.Problem.UnprintableName", where));
                left.RemoveAll(inName.Contains);
            }
        }

        if (left.Count > 0)
        {
            problems.Add(new IssueProblem("persons", "Issue.Problem.UnprintableText", "「" + string.Concat(left) + "」"));
        }

        return problems;
    }
}
