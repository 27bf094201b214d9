using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>One value of a package, numbered from 1 as in error messages; <see cref="ValueJson"/> is already normalised by its setting type.</summary>
public sealed record LawPackageEntry(int Number, SettingDefinition Setting, SettingScope Scope, DateOnly EffectiveFrom, string ValueJson);
