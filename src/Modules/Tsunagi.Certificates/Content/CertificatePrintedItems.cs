namespace Tsunagi.Certificates.Content;

/// <summary>Which optional columns print (the request's options after the rules: 個人番号 only for 本人・同一世帯).</summary>
public sealed record CertificatePrintedItems(
    bool HouseholdHeadAndRelationship,
    bool RegisteredDomicile,
    bool IndividualNumber,
    bool ResidentRecordCode);
