using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Sequences;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>
/// The number series of the current 年度, starting at zero. The modules would create a series at its first number
/// anyway; creating them here lets the operator see a complete town, and the names must follow the modules' own.
/// </summary>
internal sealed class NumberSequencesStep(TimeProvider time) : IOnboardingStep
{
    /// <summary>転出証明書番号 (residents), 証明書番号 and 領収番号 (certificates).</summary>
    public static readonly IReadOnlyList<string> SeriesNames = ["residents.move-out-certificate", "certificate", "certificates.receipt"];

    public int Order => 300;

    public async Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        var fiscalYear = NumberSequences.FiscalYearOf(TokyoTime.Today(time));
        foreach (var name in SeriesNames)
        {
            db.Set<NumberSequence>().Add(new NumberSequence { TenantId = context.Municipality.Code, Name = name, FiscalYear = fiscalYear });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
