using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>One setting in force for a municipality and where its value comes from (the default, the nation or the prefecture).</summary>
public sealed record InheritedSetting(SettingDefinition Definition, ResolvedSetting Resolved);
