namespace Tsunagi.Residents.Features.MoveIn;

/// <summary>Every posted field of a move-in form as (name, value), so the 確認画面 can carry what was entered in hidden fields.</summary>
public static class MoveInFormFields
{
    private const string Prefix = "Input.Notification.";

    public static IEnumerable<(string Name, string? Value)> Of(MoveInInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        yield return (Prefix + nameof(MoveInInput.MovedInOn), input.MovedInOn);
        yield return (Prefix + nameof(MoveInInput.NotifiedOn), input.NotifiedOn);
        yield return (Prefix + nameof(MoveInInput.PreviousAddress), input.PreviousAddress);
        yield return (Prefix + nameof(MoveInInput.FromAbroad), input.FromAbroad ? "true" : "false");
        yield return (Prefix + nameof(MoveInInput.MoveOutCertificateNumber), input.MoveOutCertificateNumber);
        yield return (Prefix + nameof(MoveInInput.MoveOutMunicipalityCode), input.MoveOutMunicipalityCode);
        yield return (Prefix + "Address.PostalCode", input.Address.PostalCode);
        yield return (Prefix + "Address.Locality", input.Address.Locality);
        yield return (Prefix + "Address.Lot", input.Address.Lot);
        yield return (Prefix + "Address.AddressSupplement", input.Address.AddressSupplement);
        for (var i = 0; i < input.Members.Count; i++)
        {
            var member = input.Members[i];
            foreach (var property in typeof(Input.PersonInput).GetProperties().Where(p => p.CanWrite))
            {
                yield return ($"{Prefix}Members[{i}].{property.Name}", (string?)property.GetValue(member));
            }
        }
    }
}
