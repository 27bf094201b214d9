namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>Offboarding stopped before anything changed; the message is for the operator (Japanese / English, no personal data).</summary>
public sealed class OffboardingRefusedException : Exception
{
    public OffboardingRefusedException()
    {
    }

    public OffboardingRefusedException(string message)
        : base(message)
    {
    }

    public OffboardingRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
