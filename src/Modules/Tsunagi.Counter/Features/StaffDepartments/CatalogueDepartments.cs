using Tsunagi.Counter.Features.ProcedureCatalogue;
using Tsunagi.Counter.Features.Reception;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Counter.Features.StaffDepartments;

/// <summary>The departments of the procedure catalogue in force today, with the register's own (住民課), in catalogue order.</summary>
public sealed class CatalogueDepartments(SettingsReader settings)
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        var catalogue = await settings.GetAsync(ProcedureCatalogueSettings.Definition, cancellationToken);
        return [.. new[] { RegisterStepCodes.Department }.Concat(catalogue.Procedures.Select(p => p.Department)).Distinct(StringComparer.Ordinal)];
    }
}
