using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Tsunagi.Platform.Japanese;
using Tsunagi.Portal.Features.PreApplications.Forms;
using Tsunagi.Portal.Resources;
using Tsunagi.Portal.Web;

namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>
/// The portal's checks before a pre-application is stored: required items present, dates readable (西暦 or 和暦), kana
/// in kana, postal code of seven digits. The register checks everything else when a clerk confirms it at the counter.
/// Messages name the field: 「転入日：日付の形式が正しくありません。」
/// </summary>
public sealed class PreApplicationValidator(IStringLocalizer<PortalResource> text, TimeProvider time)
{
    public PortalFormErrors Check(MoveInApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new PortalFormErrors();
        Date(errors, "movedInOn", "Portal.Field.MovedInOn", form.MovedInOn, allowFuture: true);
        Required(errors, "previousAddress", "Portal.Field.PreviousAddress", form.PreviousAddress);
        if (string.IsNullOrWhiteSpace(form.PostalCode))
        {
            errors.Add("postalCode", Message("Portal.Field.PostalCode", "Portal.Problem.Required"));
        }
        else if (JapaneseDigits.ToAscii(form.PostalCode).Replace("-", string.Empty, StringComparison.Ordinal).Trim() is not { Length: 7 } digits || !digits.All(char.IsAsciiDigit))
        {
            errors.Add("postalCode", Message("Portal.Field.PostalCode", "Portal.Problem.PostalCode"));
        }

        Required(errors, "locality", "Portal.Field.Locality", form.Locality);
        Required(errors, "lot", "Portal.Field.Lot", form.Lot);
        Members(errors, form.Members, requireRelationship: true);
        return errors;
    }

    public PortalFormErrors Check(MoveOutApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new PortalFormErrors();
        Required(errors, "familyName", "Portal.Field.FamilyName", form.FamilyName);
        Required(errors, "givenName", "Portal.Field.GivenName", form.GivenName);
        Date(errors, "dateOfBirth", "Portal.Field.DateOfBirth", form.DateOfBirth, allowFuture: false);
        Date(errors, "plannedMoveOutOn", "Portal.Field.PlannedMoveOutOn", form.PlannedMoveOutOn, allowFuture: true);
        Required(errors, "destination", "Portal.Field.Destination", form.Destination);
        for (var i = 0; i < form.Members.Count; i++)
        {
            if (!form.Members[i].IsBlank)
            {
                Person(errors, i, form.Members[i], requireRelationship: false);
            }
        }

        return errors;
    }

    public static bool IsKana(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Normalize(NormalizationForm.FormKC).All(c =>
            c is (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or 'ー' or '・' or ' ' or '\u3000' or 'ゝ' or 'ゞ' or 'ヽ' or 'ヾ');
    }

    private void Members(PortalFormErrors errors, IList<PersonForm> members, bool requireRelationship)
    {
        if (members.All(m => m.IsBlank))
        {
            errors.Add("m0-familyName", Message("Portal.Field.Members", "Portal.Problem.NoMembers"));
            return;
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (!members[i].IsBlank)
            {
                Person(errors, i, members[i], requireRelationship);
            }
        }
    }

    private void Person(PortalFormErrors errors, int index, PersonForm person, bool requireRelationship)
    {
        var who = string.Format(CultureInfo.CurrentCulture, text["Portal.Field.MemberN"], index + 1);
        var prefix = $"m{index}-";
        Required(errors, prefix + "familyName", who + text["Portal.Field.FamilyName"], person.FamilyName, literal: true);
        Required(errors, prefix + "givenName", who + text["Portal.Field.GivenName"], person.GivenName, literal: true);
        Kana(errors, prefix + "familyNameKana", who + text["Portal.Field.FamilyNameKana"], person.FamilyNameKana);
        Kana(errors, prefix + "givenNameKana", who + text["Portal.Field.GivenNameKana"], person.GivenNameKana);
        Date(errors, prefix + "dateOfBirth", who + text["Portal.Field.DateOfBirth"], person.DateOfBirth, allowFuture: false, literal: true);
        if (person.Sex is not ("male" or "female"))
        {
            errors.Add(prefix + "sex", Literal(who + text["Portal.Field.Sex"], "Portal.Problem.Choose"));
        }

        if (requireRelationship && !PortalRelationships.IsKnown(person.Relationship))
        {
            errors.Add(prefix + "relationship", Literal(who + text["Portal.Field.Relationship"], "Portal.Problem.Choose"));
        }
    }

    private void Kana(PortalFormErrors errors, string id, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(id, Literal(label, "Portal.Problem.Required"));
        }
        else if (!IsKana(value))
        {
            errors.Add(id, Literal(label, "Portal.Problem.Kana"));
        }
    }

    private void Required(PortalFormErrors errors, string id, string label, string? value, bool literal = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(id, literal ? Literal(label, "Portal.Problem.Required") : Message(label, "Portal.Problem.Required"));
        }
    }

    private void Date(PortalFormErrors errors, string id, string label, string? value, bool allowFuture, bool literal = false)
    {
        var name = literal ? label : text[label].Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(id, Literal(name, "Portal.Problem.Required"));
        }
        else if (!JapaneseEraDate.TryParse(value, out var date, out _))
        {
            errors.Add(id, Literal(name, "Portal.Problem.Date"));
        }
        else if (!allowFuture && date > TokyoTime.Today(time))
        {
            errors.Add(id, Literal(name, "Portal.Problem.Future"));
        }
    }

    private string Message(string labelKey, string problemKey) => Literal(text[labelKey], problemKey);

    private string Literal(string label, string problemKey) => label + "：" + text[problemKey];
}
