using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary><c>GET/POST /api/v1/certificate-fees</c>: the fee table and a new entry (the same handler as the page).</summary>
public static class FeeScheduleEndpoints
{
    public static IEndpointRouteBuilder MapFeeSchedule(this IEndpointRouteBuilder api)
    {
        api.MapGet("/certificate-fees", async (FeeScheduleHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(ct)))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Manage))
            .WithName("ListCertificateFees")
            .WithTags("手数料 / Fees")
            .WithSummary("手数料表 / Fee table")
            .Produces<IReadOnlyList<FeeEntryItem>>();
        api.MapPost("/certificate-fees", AddAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Manage))
            .WithName("AddCertificateFee")
            .WithTags("手数料 / Fees")
            .WithSummary("手数料の追加（施行日から適用） / Add a fee from its effective date")
            .Produces<FeeEntryItem>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> AddAsync(FeeEntryInput input, HttpContext http, FeeScheduleHandler handler, CancellationToken ct)
    {
        if (!CashProblems.TryReadKey(http, out var key, out var problem))
        {
            return problem!;
        }

        return await CashProblems.RunAsync(
            () => handler.AddAsync(FeeEntryParser.Parse(input), key, ct),
            item => TypedResults.Created($"/api/v1/certificate-fees/{item.Id}", item));
    }
}
