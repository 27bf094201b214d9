namespace Tsunagi.Portal.Features.PreApplications.Forms;

/// <summary>The posted fields of a form, to carry them as hidden inputs through the 確認画面.</summary>
public static class ApplicationFormFields
{
    public static IEnumerable<(string Name, string Value)> Of(MoveInApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        (string, string?)[] fields =
        [
            ("Input.MovedInOn", form.MovedInOn), ("Input.PreviousAddress", form.PreviousAddress), ("Input.FromAbroad", form.FromAbroad ? "true" : null),
            ("Input.PostalCode", form.PostalCode), ("Input.Locality", form.Locality), ("Input.Lot", form.Lot), ("Input.AddressSupplement", form.AddressSupplement),
        ];
        return Present(fields).Concat(Members(form.Members));
    }

    public static IEnumerable<(string Name, string Value)> Of(MoveOutApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        (string, string?)[] fields =
        [
            ("Input.FamilyName", form.FamilyName), ("Input.GivenName", form.GivenName), ("Input.DateOfBirth", form.DateOfBirth),
            ("Input.PlannedMoveOutOn", form.PlannedMoveOutOn), ("Input.Destination", form.Destination),
        ];
        return Present(fields).Concat(Members(form.Members));
    }

    private static IEnumerable<(string Name, string Value)> Members(IList<PersonForm> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var p = $"Input.Members[{i}].";
            (string, string?)[] fields =
            [
                (p + "FamilyName", m.FamilyName), (p + "GivenName", m.GivenName), (p + "FamilyNameKana", m.FamilyNameKana), (p + "GivenNameKana", m.GivenNameKana),
                (p + "DateOfBirth", m.DateOfBirth), (p + "Sex", m.Sex), (p + "Relationship", m.Relationship), (p + "Nationality", m.Nationality),
            ];
            foreach (var field in Present(fields))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(string Name, string Value)> Present(IEnumerable<(string Name, string? Value)> fields) =>
        fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => (f.Name, f.Value!));
}
