using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Ui;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Features.Birth;
using Tsunagi.Residents.Features.Death;
using Tsunagi.Residents.Features.DisclosureRestrictions;
using Tsunagi.Residents.Features.ExOfficioApproval;
using Tsunagi.Residents.Features.ExOfficioCorrection;
using Tsunagi.Residents.Features.ExOfficioRemoval;
using Tsunagi.Residents.Features.ExOfficioRequests;
using Tsunagi.Residents.Features.HouseholdChange;
using Tsunagi.Residents.Features.HouseholdDetail;
using Tsunagi.Residents.Features.IndividualNumberReveal;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Features.MoveOut;
using Tsunagi.Residents.Features.MoveOutCertificateExchange;
using Tsunagi.Residents.Features.PostalCodeLookup;
using Tsunagi.Residents.Features.RecordAmendment;
using Tsunagi.Residents.Features.RegisterExtract;
using Tsunagi.Residents.Features.Relocation;
using Tsunagi.Residents.Features.ResidentDetail;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Notifications;
using Tsunagi.Residents.Population;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents;

/// <summary>The resident register (住民記録): its only entry points for the host.</summary>
public static class ResidentsModule
{
    public static IServiceCollection AddResidents(this IServiceCollection services)
    {
        services.AddModuleDbContext<ResidentsDbContext, SqliteResidentsDbContext, PostgresResidentsDbContext>(ResidentsDbContext.ModuleName);
        services.AddSingleton<IPermissionSource, ResidentsPermissions>();
        services.AddSingleton<INavigationSource, ResidentsNavigation>();
        services.AddSingleton<Tsunagi.Platform.Settings.ISettingSource, Features.DisclosureRestrictions.SupportMeasureSettings>();
        services.AddScoped<NotificationContext>();
        services.AddScoped<IndividualNumbers>();
        services.AddScoped<MoveInHandler>();
        services.AddScoped<ViewerPermissions>();
        services.AddScoped<AddressRestrictions>();
        services.AddScoped<ResidentSearch>();
        services.AddScoped<ResidentSearchFilter>();
        services.AddScoped<ResidentDetails>();
        services.AddScoped<HouseholdChangeHandler>();
        services.AddScoped<RecordAmendmentHandler>();
        services.AddScoped<ExOfficioCorrectionHandler>();
        services.AddScoped<ExOfficioRemovalHandler>();
        services.AddScoped<ExOfficioApprovalHandler>();
        services.AddScoped<ActorNames>();
        services.AddScoped<ExOfficioRequestQuery>();
        services.AddScoped<ExOfficioRequestDetails>();
        services.AddScoped<ExOfficioSubjects>();
        services.AddScoped<IndividualNumberRevealer>();
        services.AddScoped<RestrictionHandler>();
        services.AddScoped<IDisclosureRestrictionCheck, DisclosureRestrictionCheck>();
        services.AddScoped<IResidentCount, ResidentCount>();
        services.AddScoped<IRegisterExtract, RegisterExtractService>();
        services.AddScoped<Contracts.Notifications.IRegisterNotifications, Features.DraftNotifications.RegisterNotifications>();
        services.AddSingleton(_ => PostalCodeDirectory.Instance);
        services.AddScoped<PopulationSeeder>();
        services.AddScoped<Contracts.LegacyImport.ILegacyResidentImport, Features.LegacyImport.LegacyResidentImport>();
        services.AddScoped<ConsortiumMunicipalities>();
        services.AddScoped<HouseholdLookup>();
        services.AddScoped<MoveOutHandler>();
        services.AddScoped<RelocationHandler>();
        services.AddScoped<BirthHandler>();
        services.AddScoped<DeathHandler>();
        services.AddScoped<MoveOutCertificateExchangeService>();
        return services;
    }

    /// <summary>The register's REST endpoints under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapResidents(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapMoveIn();
        api.MapHouseholdChange();
        api.MapRecordAmendment();
        api.MapResidentSearch();
        api.MapResidentDetail();
        api.MapHouseholdDetail();
        api.MapRestrictions();
        api.MapPostalCodeLookup();
        api.MapMoveOut();
        api.MapRelocation();
        api.MapBirth();
        api.MapDeath();
        api.MapExOfficioCorrection();
        api.MapExOfficioRemoval();
        api.MapExOfficioRequests();
        api.MapExOfficioApproval();
        return endpoints;
    }
}
