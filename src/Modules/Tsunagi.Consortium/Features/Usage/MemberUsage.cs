using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>A member municipality with its usage over the period shown.</summary>
public sealed record MemberUsage(Municipality Municipality, UsageFigures Usage);
