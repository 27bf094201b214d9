using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>
/// Runs the real runs asked for on the screen, one after another, outside any request, through the same
/// <see cref="LegacyMigrationService.RunAsync(ReadOnlyMemory{byte}, string, MigrationMapping, string, IProgress{MigrationProgress}?, CancellationToken)"/>
/// as the CLI (audited by the register as <c>residents.legacy-imported</c>). The upload is deleted when the run ends.
/// </summary>
public sealed partial class MigrationWorker(IServiceProvider services, MigrationJobs jobs, MigrationUploads uploads, ILogger<MigrationWorker> logger) : BackgroundService
{
    public const string FailedMessage = "取込に失敗しました。住民記録は変更されていません。時間をおいて同じファイルで再実行してください（準備済みの分から再開します）。";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var outcome = await RunAsync(job, stoppingToken);
                jobs.Complete(job.TenantId, outcome);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                jobs.Fail(job.TenantId, FailedMessage);
                return;
            }
            catch (MappingException ex)
            {
                jobs.Fail(job.TenantId, ex.Message);
            }
#pragma warning disable CA1031 // Any failure ends this run only; the worker keeps serving the other tenants.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // The type only: exception messages may quote the file's contents.
                Failed(logger, job.TenantId, ex.GetType().Name);
                jobs.Fail(job.TenantId, FailedMessage);
            }

            uploads.Delete(job.TenantId, job.UploadId);
        }
    }

    private Task<MigrationOutcome> RunAsync(MigrationJob job, CancellationToken cancellationToken) =>
        services.InTenantScopeAsync(job.TenantId, TenantKind.Municipality, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("migration-screen:" + job.ActorId);
            var upload = await uploads.FindAsync(job.TenantId, job.UploadId, cancellationToken)
                ?? throw new MappingException("移行ファイル：アップロードされたファイルが見つかりません。もう一度アップロードしてください。");
            var mapping = upload.MappingFrom(await uploads.ReadMappingAsync(job.TenantId, job.UploadId, cancellationToken));
            var file = await uploads.ReadFileAsync(job.TenantId, job.UploadId, cancellationToken);
            var progress = new JobProgress(jobs, job.TenantId);
            return await sp.GetRequiredService<LegacyMigrationService>().RunAsync(file, job.FileName, mapping, job.StartedBy, progress, cancellationToken);
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Legacy migration run of tenant {TenantId} failed: {ExceptionType}")]
    private static partial void Failed(ILogger logger, string tenantId, string exceptionType);

    private sealed class JobProgress(MigrationJobs jobs, string tenantId) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => jobs.Report(tenantId, value);
    }
}
