namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>What one package entry does to one municipality's value on the entry's effective date.</summary>
public enum SettingImpactKind
{
    /// <summary>The package's value becomes the one in force, and it differs from the value in force before.</summary>
    Changes,

    /// <summary>The package's value becomes the one in force, but it equals the value already in force.</summary>
    SameValue,

    /// <summary>A closer scope (the municipality's own value, or its prefecture's) keeps its value: not affected.</summary>
    KeptByCloserValue,
}
