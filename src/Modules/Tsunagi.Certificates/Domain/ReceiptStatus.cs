namespace Tsunagi.Certificates.Domain;

public enum ReceiptStatus
{
    /// <summary>収納済.</summary>
    Paid = 1,

    /// <summary>取消 (refunded after an approved void).</summary>
    Voided = 2,
}
