namespace Tsunagi.Consortium.Features.MigrationScreen;

public enum MigrationJobState
{
    Queued = 1,
    Running = 2,
    Completed = 3,
    Failed = 4,
}
