using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary><c>GET /api/v1/cash-reports?date=&amp;counter=</c> (JSON) and the page's <c>/certificates/cash-report.pdf</c> and <c>.csv</c>.</summary>
public static class CashReportEndpoints
{
    public static IEndpointRouteBuilder MapCashReports(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cash-reports", (string? date, string? counter, CashReportQuery query, TimeProvider time, CancellationToken ct) =>
                CashProblems.RunAsync(() => BuildAsync(date, counter, query, time, ct), report => TypedResults.Ok(report)))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Cash))
            .WithName("DailyCashReport")
            .WithTags("手数料 / Fees")
            .WithSummary("日計表（日・窓口別） / Daily cash report per day and counter")
            .Produces<CashReport>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    public static IEndpointRouteBuilder MapCashReportFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/certificates/cash-report.pdf", (string? date, string? counter, CashReportQuery query, PdfDocumentWriter writer, TimeProvider time, HttpContext http, CancellationToken ct) =>
                CashProblems.RunAsync(() => BuildAsync(date, counter, query, time, ct), report =>
                {
                    http.Response.Headers.CacheControl = "no-store";
                    return TypedResults.File(writer.Write(CashReportDocument.Build(report), out _), "application/pdf", FileName(report, "pdf"));
                }))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Cash))
            .ExcludeFromDescription();
        endpoints.MapGet("/certificates/cash-report.csv", (string? date, string? counter, CashReportQuery query, TimeProvider time, HttpContext http, CancellationToken ct) =>
                CashProblems.RunAsync(() => BuildAsync(date, counter, query, time, ct), report =>
                {
                    http.Response.Headers.CacheControl = "no-store";
                    return TypedResults.File(CashReportCsv.Write(report), "text/csv; charset=utf-8", FileName(report, "csv"));
                }))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Cash))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static Task<CashReport> BuildAsync(string? date, string? counter, CashReportQuery query, TimeProvider time, CancellationToken ct)
    {
        var (day, chosen) = CashReportRequest.Parse(date, counter, time);
        return query.BuildAsync(day, chosen, ct);
    }

    private static string FileName(CashReport report, string extension) =>
        $"cash-report-{report.Date:yyyy-MM-dd}.{extension}";
}
