using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Consortium.Features.CostSharing.Statements;

/// <summary><c>/operator/cost-sharing/statements/{year}/{code or all}.pdf|.csv?month=</c> (month 1–12; none: the whole year).</summary>
public static class StatementEndpoints
{
    public static IEndpointRouteBuilder MapStatementFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/operator/cost-sharing/statements/{year:int}/{code}.pdf", async (int year, string code, int? month, StatementFiles files, PdfDocumentWriter writer, CancellationToken ct) =>
                await files.LoadAsync(year, code, month, ct) is { } statements
                    ? Results.File(writer.Write(StatementDocument.Build(statements), out _), "application/pdf", FileName(year, code, month, "pdf"))
                    : Results.NotFound())
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.ConsortiumOperate))
            .ExcludeFromDescription();
        endpoints.MapGet("/operator/cost-sharing/statements/{year:int}/{code}.csv", async (int year, string code, int? month, StatementFiles files, CancellationToken ct) =>
                await files.LoadAsync(year, code, month, ct) is { } statements
                    ? Results.File(StatementCsv.Write(statements), "text/csv; charset=utf-8", FileName(year, code, month, "csv"))
                    : Results.NotFound())
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.ConsortiumOperate))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static string FileName(int year, string code, int? month, string extension) =>
        month is { } m ? $"cost-share-{year}-{code}-{m:D2}.{extension}" : $"cost-share-{year}-{code}.{extension}";
}
