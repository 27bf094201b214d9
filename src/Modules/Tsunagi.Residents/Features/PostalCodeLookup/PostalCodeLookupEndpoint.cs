using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;

namespace Tsunagi.Residents.Features.PostalCodeLookup;

/// <summary><c>GET /api/v1/postal-codes/{code}</c>: the 町字 of a postal code, for address completion.</summary>
public static class PostalCodeLookupEndpoint
{
    public static RouteHandlerBuilder MapPostalCodeLookup(this IEndpointRouteBuilder api) =>
        api.MapGet("/postal-codes/{code}", Handle)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Read))
            .WithName("LookUpPostalCode")
            .WithTags("住所 / Addresses")
            .WithSummary("郵便番号から町字を調べる / Localities of a postal code")
            .WithDescription("郵便番号（7桁、ハイフン可）の町字と市区町村を返します（日本郵便の郵便番号データ）。 / Returns the localities and municipalities of a 7-digit postal code (Japan Post data).")
            .Produces<PostalCodeResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static IResult Handle(string code, PostalCodeDirectory directory, LocalGovernmentMaster master)
    {
        if (TypedDigits.Clean(code) is not { Length: 7 })
        {
            return new ApiProblemResult(StatusCodes.Status400BadRequest, "郵便番号：7桁の数字で指定してください。", "Postal code: use 7 digits.");
        }

        var rows = directory.Find(code);
        if (rows.Count == 0)
        {
            return new ApiProblemResult(StatusCodes.Status404NotFound, "郵便番号：該当する住所がありません。", "Postal code: no address has this code.");
        }

        return TypedResults.Ok(new PostalCodeResponse(
            rows[0].PostalCodeWithHyphen,
            [.. rows.Select(r => new PostalCodeLocality(r.MunicipalityCode, master.Find(r.MunicipalityCode)?.FullName ?? string.Empty, r.Locality))]));
    }
}
