namespace Tsunagi.Consortium.Features.CostSharing.Summary;

public sealed record CostShareSummaryLine(string Code, string Name, long ShareYen, long StandaloneYen, decimal Saving);
