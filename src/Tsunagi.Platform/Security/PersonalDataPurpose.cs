namespace Tsunagi.Platform.Security;

/// <summary>
/// What an encrypted value or blind index is for, bound into its associated data or index key, so a
/// value of one field cannot be passed off as another's. Lower-case ASCII letters, digits, '-' and '.'.
/// </summary>
public static class PersonalDataPurpose
{
    /// <summary>個人番号 of a resident.</summary>
    public const string IndividualNumber = "resident.individual-number";

    public static void Validate(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if (!purpose.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
        {
            throw new ArgumentException($"The purpose '{purpose}' may use only lower-case ASCII letters, digits, '-' and '.'.", nameof(purpose));
        }
    }
}
