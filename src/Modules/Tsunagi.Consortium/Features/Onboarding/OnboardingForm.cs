namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>The onboarding form as posted: the chosen code, the administrator's address and the step (confirm, edit, commit).</summary>
public sealed class OnboardingForm
{
    public string? Code { get; set; }

    public string? Email { get; set; }

    public string? Step { get; set; }
}
