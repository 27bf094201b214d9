namespace Tsunagi.Consortium.Features.CostSharing.Simulation;

/// <summary>What the operator asked to simulate, as typed: a joining municipality (with figures when the model has none) and/or a leaving member.</summary>
public sealed record SimulationRequest(string? Join, string? Leave, string? Scale, string? StoredResidents, string? Notifications, string? Certificates, string? ApiCalls);
