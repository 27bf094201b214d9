namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>The value of <c>residents.support-measure</c>: how many months a measure runs when no end date is entered.</summary>
public sealed record SupportMeasurePeriod(int Months);
