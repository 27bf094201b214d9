namespace Tsunagi.Certificates.Contracts;

/// <summary>The documents the counter issues. API names: resident-copy-household, resident-copy-individual, record-items, removed-record, move-out.</summary>
public enum CertificateType
{
    /// <summary>住民票の写し（世帯連記式）: up to four persons a page.</summary>
    ResidentCopyHousehold = 1,

    /// <summary>住民票の写し（個人票）: one person a page.</summary>
    ResidentCopyIndividual = 2,

    /// <summary>住民票記載事項証明書.</summary>
    RecordItemsCertificate = 3,

    /// <summary>除票の写し.</summary>
    RemovedRecordCopy = 4,

    /// <summary>転出証明書.</summary>
    MoveOutCertificate = 5,
}
