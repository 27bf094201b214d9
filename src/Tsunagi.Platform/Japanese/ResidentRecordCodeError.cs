namespace Tsunagi.Platform.Japanese;

/// <summary>Why a typed 住民票コード was not accepted. A check digit that does not match is only a warning.</summary>
public enum ResidentRecordCodeError
{
    None,
    Empty,

    /// <summary>Something other than digits, spaces and hyphens, or not 11 digits.</summary>
    NotElevenDigits,
}
