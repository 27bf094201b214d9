namespace Tsunagi.Platform.Settings.Validation;

/// <summary>A proposed value was refused; nothing was stored. The messages name the fields and hold no values.</summary>
public sealed class SettingValidationException(IReadOnlyList<SettingValidationError> errors)
    : Exception("The proposed setting value is not valid.")
{
    public IReadOnlyList<SettingValidationError> Errors { get; } = errors;
}
