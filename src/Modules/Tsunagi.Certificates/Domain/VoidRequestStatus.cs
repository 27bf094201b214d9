namespace Tsunagi.Certificates.Domain;

public enum VoidRequestStatus
{
    /// <summary>承認待ち.</summary>
    Pending = 1,

    /// <summary>承認: the issuance is voided and its fee refunded.</summary>
    Approved = 2,

    /// <summary>却下.</summary>
    Rejected = 3,
}
