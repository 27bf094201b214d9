namespace Tsunagi.Residents.Domain;

/// <summary>What a support measure restricts.</summary>
[Flags]
public enum RestrictionScope
{
    /// <summary>Hide the address from search results and views.</summary>
    Address = 1,

    /// <summary>Refuse 住民票の写し etc. to anyone but the protected person.</summary>
    Certificates = 2,

    All = Address | Certificates,
}
