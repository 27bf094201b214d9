namespace Tsunagi.Consortium.Features.CostSharing.Shares;

/// <summary>One bar: its label, its value (the bar's length) and the text shown beside it.</summary>
public sealed record ChartBar(string Label, decimal Value, string Text);
