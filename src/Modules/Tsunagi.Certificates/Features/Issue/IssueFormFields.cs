using System.Globalization;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>Every posted field of the issuance form as (name, value), so the 確認画面 carries what was entered in hidden fields.</summary>
public static class IssueFormFields
{
    private const string Prefix = "Input.";

    public static IEnumerable<(string Name, string? Value)> Of(IssueForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var property in typeof(IssueForm).GetProperties().Where(p => p.Name is not (nameof(IssueForm.Members) or nameof(IssueForm.Step))))
        {
            var value = property.GetValue(form);
            yield return (Prefix + property.Name, value switch
            {
                null => null,
                bool b => b ? "true" : "false",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            });
        }

        var members = form.Members ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            yield return ($"{Prefix}Members[{i}].ResidentId", members[i].ResidentId);
            yield return ($"{Prefix}Members[{i}].Chosen", members[i].Chosen ? "true" : "false");
        }
    }
}
