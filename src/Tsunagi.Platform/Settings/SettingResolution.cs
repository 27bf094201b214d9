namespace Tsunagi.Platform.Settings;

/// <summary>
/// The rule of inheritance, without storage: walk the scopes closest first; in the first scope that has a version in
/// force on the day (effective from that day or earlier), the latest effective date wins and, within it, the highest
/// version. Nothing in force anywhere: the declared default.
/// </summary>
public static class SettingResolution
{
    public static ResolvedSetting Resolve(SettingDefinition definition, IEnumerable<SettingValue> values, IReadOnlyList<SettingScope> chain, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(chain);
        var inForce = values.Where(v => v.Key == definition.Key && v.EffectiveFrom <= asOf).ToList();
        foreach (var scope in chain)
        {
            var winner = inForce
                .Where(v => v.ScopeLevel == scope.Level && v.ScopeId == scope.Id)
                .OrderByDescending(v => v.EffectiveFrom)
                .ThenByDescending(v => v.Version)
                .FirstOrDefault();
            if (winner is not null)
            {
                return new ResolvedSetting(definition.Key, winner.ValueJson, scope, winner.EffectiveFrom, winner.Version);
            }
        }

        return new ResolvedSetting(definition.Key, definition.DefaultJson, null, null, 0);
    }
}
