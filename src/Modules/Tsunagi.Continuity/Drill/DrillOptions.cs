namespace Tsunagi.Continuity.Drill;

/// <summary>
/// One disaster drill: two nodes on loopback under <see cref="ClusterDirectory"/> built by deploy/postgres,
/// <see cref="Writers"/> concurrent writers for <see cref="WriteBeforeKill"/>, then kill -9 of the primary.
/// <see cref="AsynchronousControl"/> runs the negative control: asynchronous replication with a stalled WAL
/// sender, which must lose acknowledged writes and be caught.
/// </summary>
public sealed record DrillOptions(
    string DeployDirectory,
    string ClusterDirectory,
    int PortSiteA,
    int PortSiteB,
    int Writers,
    TimeSpan WriteBeforeKill,
    bool AsynchronousControl);
