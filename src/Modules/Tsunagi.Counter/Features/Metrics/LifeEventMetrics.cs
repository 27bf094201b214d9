namespace Tsunagi.Counter.Features.Metrics;

/// <summary>Cases of one life event in the period: received, closed, cancelled, and their waiting and service times.</summary>
public sealed record LifeEventMetrics(string LifeEvent, string NameJa, int Cases, int Closed, int Cancelled, TimeFigures Waiting, TimeFigures Service);
