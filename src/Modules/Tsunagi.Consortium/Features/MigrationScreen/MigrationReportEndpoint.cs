using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Consortium.Resources;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary><c>/migration/uploads/{id}/report.csv</c>: the dry run's validation report as CSV (<see cref="ValidationReportCsv"/>); another tenant's upload is a 404.</summary>
public static class MigrationReportEndpoint
{
    public static IEndpointRouteBuilder MapMigrationReportCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/migration/uploads/{id}/report.csv", async (string id, ITenantContext tenant, MigrationUploads uploads, IStringLocalizer<ConsortiumResource> text, HttpContext http, CancellationToken ct) =>
            {
                if (tenant.Kind != TenantKind.Municipality || !Guid.TryParseExact(id, "N", out var uploadId)
                    || await uploads.FindAsync(tenant.TenantId, uploadId, ct) is not { } upload)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.CacheControl = "no-store";
                return Results.File(ValidationReportCsv.Write(upload.Report.ToValidationReport(), text), "text/csv; charset=utf-8", $"migration-report-{id}.csv");
            })
            .RequireAuthorization(new RequirePermissionAttribute(ConsortiumPermissions.Migrate))
            .ExcludeFromDescription();
        return endpoints;
    }
}
