using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

/// <summary>Setting types of the tests' own, so packages do not depend on what the modules declare.</summary>
public sealed class LawPackageSettings : ISettingSource
{
    public static readonly SettingDefinition<StampFee> Fee = new("test.stamp-fee", new StampFee(300), "証明手数料（試験）", "Stamp fee (test)");

    public static readonly SettingDefinition<Retention> RetentionYears = new("test.retention", new Retention(5), "保存年限（試験）", "Retention (test)");

    public IEnumerable<SettingDefinition> Settings => [Fee, RetentionYears];

    public sealed record StampFee(long Yen);

    public sealed record Retention(int Years);
}
