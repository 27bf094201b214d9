using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseApi;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// <c>GET /api/v1/counter/metrics?from=&amp;to=&amp;area=</c> (JSON) and the page's <c>/counter/metrics.csv</c>; both need
/// <c>counter.manage</c>: the figures are a manager's, the counter's clerks do not need them to serve.
/// </summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapCounterMetrics(this IEndpointRouteBuilder api)
    {
        api.MapGet("/metrics", async (string? from, string? to, string? area, MetricsQuery query, TimeProvider time, CancellationToken ct) =>
                await RunAsync(from, to, area, query, time, TypedResults.Ok, ct))
            .RequireAuthorization(new RequirePermissionAttribute(CounterPermissions.Manage))
            .WithName("CounterMetrics").WithTags("総合窓口 / One-stop counter")
            .WithSummary("窓口の実績（待ち時間・対応時間・ライフイベント別件数・担当課別工程、期間は最長366日） / Counter metrics (at most 366 days)")
            .WithDescription("期間は東京時間の受付日（from, to を含む、既定は今月）。中央値と90パーセンタイルは最近順位法、単位は分。scope counter.manage。 / Days are Tokyo reception days (both included, default this month); median and p90 by nearest rank, in minutes.")
            .Produces<CounterMetrics>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    public static IEndpointRouteBuilder MapCounterMetricsFile(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/counter/metrics.csv", async (string? from, string? to, string? area, MetricsQuery query, TimeProvider time, HttpContext http, CancellationToken ct) =>
                await RunAsync(from, to, area, query, time, metrics =>
                {
                    http.Response.Headers.CacheControl = "no-store";
                    return TypedResults.File(MetricsCsv.Write(metrics), "text/csv; charset=utf-8", MetricsCsv.FileName(metrics));
                }, ct))
            .RequireAuthorization(new RequirePermissionAttribute(CounterPermissions.Manage))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> RunAsync(string? from, string? to, string? area, MetricsQuery query, TimeProvider time, Func<CounterMetrics, IResult> success, CancellationToken ct)
    {
        try
        {
            return success(await query.ComputeAsync(MetricsPeriod.Parse(from, to, area, time), ct));
        }
        catch (CaseRuleException ex)
        {
            return CaseApiProblems.Invalid(ex.Problems);
        }
    }
}
