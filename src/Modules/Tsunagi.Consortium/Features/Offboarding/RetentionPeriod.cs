namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>How long a deactivated municipality's data is kept before a separate purge job may remove it.</summary>
public sealed record RetentionPeriod(int Years);
