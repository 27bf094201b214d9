namespace Tsunagi.Consortium.Features.LegacyMigration;

public enum MigrationPhase
{
    Validating = 1,
    Staging = 2,
    Importing = 3,
    Finished = 4,
}
