namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>What a real run did: the validation report, people and households entered, rows skipped as already imported; <see cref="NothingNew"/> when the file brought nobody new.</summary>
public sealed record MigrationOutcome(ValidationReport Report, int Households, int Imported, int AlreadyImported, bool Resumed)
{
    public bool NothingNew => Imported == 0;
}
