namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>What the operator entered: the municipality's code and the address its first administrator's invitation goes to.</summary>
public sealed record OnboardMunicipalityCommand(string? Code, string? AdministratorEmail);
