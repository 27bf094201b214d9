namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>Either the onboarded municipality or the reasons it was refused (field → Japanese message); nothing is created when refused.</summary>
public sealed record OnboardingResult(OnboardedMunicipality? Municipality, IReadOnlyDictionary<string, string> Errors)
{
    public static OnboardingResult Refused(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    public static OnboardingResult Done(OnboardedMunicipality municipality) => new(municipality, new Dictionary<string, string>());
}
