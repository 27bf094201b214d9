using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Security;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>Stores a 個人番号 on a resident (encrypted with the tenant's key, with its blind index; never in clear) and reads it back.</summary>
public sealed class IndividualNumbers(PersonalDataProtector protector)
{
    public async Task SetAsync(Resident resident, IndividualNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var cipher = await protector.EncryptAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken);
        var index = await protector.BlindIndexAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken);
        resident.SetIndividualNumber(cipher, index);
    }

    /// <summary>The resident's 個人番号 decrypted, or null when none is recorded. Callers show <see cref="IndividualNumber.Masked"/> unless revealing.</summary>
    public async Task<IndividualNumber?> ReadAsync(Resident resident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (resident.IndividualNumberCipher is not { } cipher)
        {
            return null;
        }

        return IndividualNumber.Parse(await protector.DecryptAsync(PersonalDataPurpose.IndividualNumber, cipher, cancellationToken));
    }
}
