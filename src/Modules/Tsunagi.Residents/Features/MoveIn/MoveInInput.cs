using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.MoveIn;

/// <summary>転入届 as the clerk's form or an API client sends it.</summary>
public sealed class MoveInInput
{
    /// <summary>異動日: the day the household started living here.</summary>
    public string? MovedInOn { get; set; }

    public string? NotifiedOn { get; set; }

    /// <summary>転入前住所 (for a move from abroad: the country).</summary>
    public string? PreviousAddress { get; set; }

    public bool FromAbroad { get; set; }

    /// <summary>転出証明書 number of a move from another member town of the consortium (loads its data).</summary>
    public string? MoveOutCertificateNumber { get; set; }

    public string? MoveOutMunicipalityCode { get; set; }

    public AddressInput Address { get; set; } = new();

    public IList<PersonInput> Members { get; set; } = [];
}
