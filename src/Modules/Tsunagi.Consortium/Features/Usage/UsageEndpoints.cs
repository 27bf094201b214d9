using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tsunagi.Consortium.Resources;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Metering;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>
/// <c>/operator/usage.csv?month=2026-11</c>: each member's figures of the month; with <c>&amp;code=</c> that member's days.
/// A bad month or a municipality outside the operator's consortium is a 404, as on the page.
/// </summary>
public static class UsageEndpoints
{
    public static IEndpointRouteBuilder MapUsageCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/operator/usage.csv", async (string? month, string? code, MemberUsageQuery members, UsageTotals totals, IStringLocalizer<ConsortiumResource> l, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                if ((month is null ? UsageMonth.Current(time) : UsageMonth.Parse(month)) is not { } chosen)
                {
                    return Results.NotFound();
                }

                var metrics = Enum.GetValues<UsageMetric>().Select(m => l["Usage.Metric." + m].Value);
                http.Response.Headers.CacheControl = "no-store";
                if (code is null)
                {
                    var rows = await members.RunAsync(await members.MembersAsync(ct), chosen.First, chosen.Last, ct);
                    var csv = UsageCsv.Write(
                        [l["Usage.Column.Code"], l["Usage.Column.Name"], l["Usage.Column.Month"], .. metrics],
                        rows.Select(r => ((IReadOnlyList<string>)[r.Municipality.Code, r.Municipality.FullName, chosen.Key], r.Usage)));
                    return Results.File(csv, "text/csv; charset=utf-8", $"usage-{chosen.Key}.csv");
                }

                if (!await totals.IsVisibleAsync(code, ct))
                {
                    return Results.NotFound();
                }

                var days = await totals.DaysAsync(code, chosen.First, chosen.Last, ct);
                var dayCsv = UsageCsv.Write(
                    [l["Usage.Column.Code"], l["Usage.Column.Day"], .. metrics],
                    days.Select(d => ((IReadOnlyList<string>)[code, d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], d.Figures)));
                return Results.File(dayCsv, "text/csv; charset=utf-8", $"usage-{code}-{chosen.Key}.csv");
            })
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.ConsortiumOperate))
            .ExcludeFromDescription();
        return endpoints;
    }
}
