namespace Tsunagi.Platform.Japanese;

/// <summary>Why a typed 個人番号 was not accepted; the page turns it into a message naming its field.</summary>
public enum IndividualNumberError
{
    None,
    Empty,

    /// <summary>Something other than digits, spaces and hyphens, or not 12 digits.</summary>
    NotTwelveDigits,

    /// <summary>Twelve digits whose last digit is not the check digit of the first eleven: a hard error.</summary>
    WrongCheckDigit,
}
