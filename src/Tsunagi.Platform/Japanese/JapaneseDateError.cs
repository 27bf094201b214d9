namespace Tsunagi.Platform.Japanese;

/// <summary>Why a typed date was not accepted; the page turns it into a message naming its field.</summary>
public enum JapaneseDateError
{
    None,
    Empty,

    /// <summary>Not one of the accepted forms (2025-11-23, R7.11.23, 令和7年11月23日).</summary>
    UnrecognisedFormat,

    /// <summary>A form that was understood but names no calendar day (令和7年2月30日, 2025-13-01).</summary>
    NoSuchDate,

    /// <summary>A real day outside the named era (令和元年4月30日 is 平成31年4月30日).</summary>
    OutsideEra,
}
