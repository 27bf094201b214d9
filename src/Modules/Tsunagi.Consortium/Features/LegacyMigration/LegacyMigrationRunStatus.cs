namespace Tsunagi.Consortium.Features.LegacyMigration;

public enum LegacyMigrationRunStatus
{
    Staging = 1,
    Imported = 2,
}
