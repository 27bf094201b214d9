using System.CommandLine;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Recomputes every tenant's audit hash chain; exits 1 and names the first broken link when any event was altered or removed.</summary>
public static class VerifyAuditVerb
{
    public static Command Create()
    {
        var command = new Command("verify-audit", "監査ログのハッシュチェーンを検証します。改ざん・削除があれば最初の破損箇所を示して終了コード 1 を返します。 / Verifies the audit hash chains.");
        command.SetAction((_, cancellationToken) => CliServices.RunAsync("verify-audit", async (services, ct) =>
        {
            List<TenantChoice> tenants;
            await using (var scope = services.CreateAsyncScope())
            {
                tenants = [.. await scope.ServiceProvider.GetRequiredService<TenantDirectory>().AllTenantsAsync(ct)];
            }

            var broken = 0;
            foreach (var tenant in tenants)
            {
                var result = await services.InTenantScopeAsync(tenant.TenantId, tenant.Kind,
                    sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(tenant.TenantId, ct));
                if (result.IsIntact)
                {
                    Console.WriteLine($"OK   {tenant.TenantId} {tenant.DisplayName}: {result.VerifiedEvents} 件 / events intact");
                    continue;
                }

                broken++;
                Console.WriteLine(
                    $"NG   {tenant.TenantId} {tenant.DisplayName}: 連番 {result.BrokenAtSequence} で破損（{Describe(result.Problem)}）" +
                    $"{(result.BrokenEventId is { } id ? $" イベントID {id}" : string.Empty)}。それ以前の {result.VerifiedEvents} 件は正常です。 / " +
                    $"chain broken at sequence {result.BrokenAtSequence} ({result.Problem}).");
            }

            Console.WriteLine(broken == 0
                ? $"すべての監査ログは改ざんされていません（{tenants.Count} 団体）。 / All audit chains intact."
                : $"{broken} 団体の監査ログに破損があります。 / {broken} chain(s) broken.");
            return broken == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }

    private static string Describe(string? problem) => problem switch
    {
        AuditVerification.Missing => "イベントが欠落しています",
        AuditVerification.PreviousHashMismatch => "直前のイベントとのつながりが一致しません",
        AuditVerification.HashMismatch => "内容が記録時から変更されています",
        AuditVerification.MissingAfterLast => "この連番以降のイベントが削除されています",
        AuditVerification.BeyondHead => "記録されたチェーンの末尾より後にイベントがあります",
        AuditVerification.HeadMismatch => "最新のイベントが記録時のものと異なります",
        _ => problem ?? string.Empty,
    };
}
