namespace Tsunagi.Certificates.Domain;

public enum IssuanceStatus
{
    /// <summary>発行済: valid, its verification code confirms it.</summary>
    Issued = 1,

    /// <summary>取消: voided with an approved reason; its verification code answers 「取り消されています」.</summary>
    Voided = 2,
}
