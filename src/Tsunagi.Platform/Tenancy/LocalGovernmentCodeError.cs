namespace Tsunagi.Platform.Tenancy;

public enum LocalGovernmentCodeError
{
    None,
    NotSixDigits,
    WrongCheckDigit,
    NotInMasterList,
    NotAMunicipality,
}
