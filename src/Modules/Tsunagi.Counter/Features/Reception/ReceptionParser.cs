using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Counter.Features.Reception;

/// <summary>Reads the reception into a command, one problem per wrong field (messages name the field in Japanese).</summary>
public static class ReceptionParser
{
    public const int MaxMembers = 10;

    public static ReceptionCommand Parse(ReceptionInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<CaseProblem>();
        var area = string.IsNullOrWhiteSpace(input.Area) ? CounterAreas.Default : input.Area.Trim();
        if (!CounterAreas.Exists(area))
        {
            problems.Add(new("area", "窓口：登録されていない窓口です。", "Area: unknown counter area."));
        }

        var lifeEvent = LifeEventNames.Parse(input.LifeEvent);
        if (lifeEvent is null)
        {
            problems.Add(new("lifeEvent", "ライフイベント：一覧から選択してください。", "Life event: choose one from the list."));
        }

        var eventDate = today;
        if (!string.IsNullOrWhiteSpace(input.EventDate) && !JapaneseEraDate.TryParse(input.EventDate, out eventDate, out _))
        {
            problems.Add(new("eventDate", "異動日：日付を正しく入力してください（例：2026-11-23、R8.11.23）。", "Event date: enter a valid date (e.g. 2026-11-23, R8.11.23)."));
        }

        var document = IdentityDocumentNames.Parse(input.IdentityDocument);
        if (document is null)
        {
            problems.Add(new("identityDocument", "本人確認書類：一覧から選択してください。", "Identity document: choose one from the list."));
        }

        var number = JapaneseDigits.ToAscii(input.IdentityNumber?.Trim() ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (number.Length < 4 || number.Length > 30 || !number.All(char.IsAsciiLetterOrDigit))
        {
            problems.Add(new("identityNumber", "本人確認書類の番号：英数字4〜30文字で入力してください。", "Identity document number: 4 to 30 letters or digits."));
        }

        if (input.ResidentId is null == !input.NewResident)
        {
            problems.Add(new("residentId", "本人：住民記録から選択するか「新規（転入等）」を選んでください（どちらか一方）。", "Person: choose the resident from the register or mark as new (one of the two)."));
        }

        var reference = string.IsNullOrWhiteSpace(input.PreApplicationReference) ? null : input.PreApplicationReference.Trim();
        if (reference is { Length: > 40 })
        {
            problems.Add(new("preApplicationReference", "事前申請の受付番号：40文字以内で入力してください。", "Pre-application reference: at most 40 characters."));
        }

        var household = ReadHousehold(input.Household ?? [], problems);
        if (problems.Count > 0)
        {
            throw new CaseRuleException(problems);
        }

        return new ReceptionCommand(area, lifeEvent!.Value, eventDate, document!.Value, number[^4..].ToUpperInvariant(), input.ResidentId, reference, input.FromAbroad, household);
    }

    private static List<PersonFacts> ReadHousehold(IList<HouseholdMemberInput> members, List<CaseProblem> problems)
    {
        if (members.Count > MaxMembers)
        {
            problems.Add(new("household", $"世帯員：{MaxMembers}人以内で入力してください。", $"Household: at most {MaxMembers} members."));
            return [];
        }

        var facts = new List<PersonFacts>();
        foreach (var (member, index) in members.Select((m, i) => (m, i)))
        {
            var relationship = member.Relationship?.Trim();
            if (string.IsNullOrEmpty(relationship) || relationship.Length > 20)
            {
                problems.Add(new($"household[{index}].relationship", $"続柄（{index + 1}人目）：20文字以内で入力してください。", $"Relationship (person {index + 1}): 1 to 20 characters."));
            }

            DateOnly? birth = null;
            if (!string.IsNullOrWhiteSpace(member.DateOfBirth))
            {
                if (JapaneseEraDate.TryParse(member.DateOfBirth, out var date, out _))
                {
                    birth = date;
                }
                else
                {
                    problems.Add(new($"household[{index}].dateOfBirth", $"生年月日（{index + 1}人目）：日付を正しく入力してください。", $"Date of birth (person {index + 1}): enter a valid date."));
                }
            }

            var insurance = HealthInsurance.Unknown;
            if (!string.IsNullOrWhiteSpace(member.Insurance) && (!Enum.TryParse(member.Insurance.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out insurance) || !Enum.IsDefined(insurance)))
            {
                problems.Add(new($"household[{index}].insurance", $"健康保険（{index + 1}人目）：一覧から選択してください。", $"Health insurance (person {index + 1}): choose one from the list."));
            }

            facts.Add(new PersonFacts(relationship ?? string.Empty, birth, member.IsSubject, member.IsForeignResident, insurance));
        }

        return facts;
    }
}
