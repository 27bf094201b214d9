using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Viewing;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.HouseholdDetail;

/// <summary><c>GET /api/v1/households/{id}</c>: the household's registered members, audited; another town's id is 404.</summary>
public static class HouseholdEndpoint
{
    public static RouteHandlerBuilder MapHouseholdDetail(this IEndpointRouteBuilder api) =>
        api.MapGet("/households/{id:guid}", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Read))
            .WithName("GetHousehold")
            .WithTags("住民記録 / Residents")
            .WithSummary("世帯 / A household")
            .WithDescription("世帯の構成員（世帯主から）と住所を返します。支援措置の対象世帯の住所は非表示です。 / The household's registered members (head first) and address; hidden under a support measure.")
            .Produces<HouseholdResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        Guid id, ResidentsDbContext db, AuditTrail audit, AddressRestrictions restrictions, ViewerPermissions viewer, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return RegisterProblems.HouseholdNotFound();
        }

        await audit.RecordAsync(new AuditEntry("residents.household.view", "household", id.ToString()), cancellationToken);
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == id && r.Status == ResidentStatus.Registered).ToListAsync(cancellationToken);
        var hidden = !viewer.MaySeeRestrictedAddresses && (await restrictions.RestrictedHouseholdsAsync([id], cancellationToken)).Contains(id);
        var address = members.Count == 0 ? null : hidden ? ResidentSummary.HiddenAddress : members[0].AddressLine;
        var items = members
            .OrderBy(m => m.Relationship == Relationships.Head ? 0 : 1).ThenBy(m => m.DateOfBirth)
            .Select(m => new HouseholdMemberItem(m.Id, m.Record.Name.Full, m.Record.Name.FullKana, m.Relationship, m.DateOfBirth))
            .ToList();
        return TypedResults.Ok(new HouseholdResponse(household.Id, household.FormedOn, address, hidden, items));
    }
}
