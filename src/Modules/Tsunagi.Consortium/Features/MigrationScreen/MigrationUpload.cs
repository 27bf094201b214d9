using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>A legacy file uploaded on the screen, kept in the data directory until its real run ends: who, when, the mapping chosen and the dry run's report.</summary>
public sealed record MigrationUpload(
    Guid Id,
    string FileName,
    long Bytes,
    LegacyEncoding Encoding,
    bool StandardMapping,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    StoredReport Report)
{
    /// <summary>The mapping with the encoding chosen on the screen (<see cref="LegacyEncoding.Auto"/>: as the mapping says).</summary>
    public MigrationMapping MappingFrom(string json)
    {
        var mapping = MigrationMapping.Parse(json);
        return Encoding == LegacyEncoding.Auto ? mapping : mapping with { Encoding = Encoding };
    }
}
