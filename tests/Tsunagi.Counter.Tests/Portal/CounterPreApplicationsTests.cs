using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Features.Counter;
using Tsunagi.Portal.Features.PreApplications;
using Tsunagi.Portal.Features.Purge;
using Tsunagi.Portal.Identity;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Tests.Portal;

public sealed class CounterPreApplicationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly ResidentIdentity Owner = new("owner-key", EmailCodeIdentityProvider.ProviderName);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_counter_finds_the_draft_by_reference_typed_loosely_in_its_own_town()
    {
        var reference = await SubmitAsync(PortalFactory.Otsuchi);

        var found = await InTownAsync(PortalFactory.Otsuchi, p => p.FindAsync(reference.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), Cancellation));

        Assert.NotNull(found);
        Assert.Equal(LifeEvent.MoveIn, found.LifeEvent);
        Assert.Equal("山田", found.MoveIn!.Members[0].FamilyName);
        Assert.Equal("028-1121", found.MoveIn.Address.PostalCode);
    }

    [Fact]
    public async Task Another_towns_reference_is_unknown()
    {
        var reference = await SubmitAsync(PortalFactory.Otsuchi);

        Assert.Null(await InTownAsync(PortalFactory.Noda, p => p.FindAsync(reference, Cancellation)));
    }

    [Fact]
    public async Task An_expired_pre_application_is_not_found()
    {
        var reference = await SubmitAsync(PortalFactory.Otsuchi, submittedDaysAgo: 15);

        Assert.Null(await InTownAsync(PortalFactory.Otsuchi, p => p.FindAsync(reference, Cancellation)));
    }

    [Fact]
    public async Task A_pre_application_is_taken_once_and_then_no_longer_found()
    {
        var reference = await SubmitAsync(PortalFactory.Otsuchi);
        var caseId = Guid.CreateVersion7();

        await InTownAsync(PortalFactory.Otsuchi, async p => { await p.MarkTakenAsync(reference, caseId, Cancellation); return true; });

        Assert.Null(await InTownAsync(PortalFactory.Otsuchi, p => p.FindAsync(reference, Cancellation)));
        await Assert.ThrowsAsync<PreApplicationUnavailableException>(() =>
            InTownAsync(PortalFactory.Otsuchi, async p => { await p.MarkTakenAsync(reference, Guid.CreateVersion7(), Cancellation); return true; }));
        var stored = await StoredAsync(reference);
        Assert.Equal(PreApplicationStatus.Taken, stored.Status);
        Assert.Equal(caseId, stored.TakenByCaseId);
    }

    [Fact]
    public async Task The_daily_purge_deletes_the_draft_of_a_long_expired_pre_application_and_keeps_open_ones()
    {
        var expired = await SubmitAsync(PortalFactory.Otsuchi, submittedDaysAgo: 14 + 30 + 1);
        var open = await SubmitAsync(PortalFactory.Otsuchi);

        await factory.Services.GetRequiredService<PortalPurgeService>().RunOnceAsync(Cancellation);

        var purged = await StoredAsync(expired);
        Assert.Null(purged.DraftJson);
        Assert.Equal(PreApplicationStatus.Expired, purged.Status);
        Assert.NotNull((await StoredAsync(open)).DraftJson);
    }

    /// <summary>Submits through the portal's own handler, then (for an old one) moves its times back: the shared clock stays put.</summary>
    private async Task<string> SubmitAsync(string town, int submittedDaysAgo = 0)
    {
        var draft = new MoveInDraft("R8.12.1", "東京都千代田区", false, new AddressDraft("028-1121", "大槌町小鎚第23地割", "5番地", null),
            [new PersonDraft("山田", "太郎", "ヤマダ", "タロウ", "S60.4.12", "male", "世帯主")]);
        var stored = await factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PreApplicationSubmission>().SubmitAsync(Owner, draft, Cancellation));
        if (submittedDaysAgo > 0)
        {
            var shift = TimeSpan.FromDays(submittedDaysAgo);
            await factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
            {
                var db = sp.GetRequiredService<PortalDbContext>();
                var old = new PreApplication
                {
                    TenantId = stored.TenantId,
                    Id = stored.Id,
                    Reference = stored.Reference,
                    OwnerKey = stored.OwnerKey,
                    LifeEvent = stored.LifeEvent,
                    DraftJson = stored.DraftJson,
                    SubmittedAt = stored.SubmittedAt - shift,
                    ExpiresAt = stored.ExpiresAt - shift,
                };
                db.PreApplications.Remove(await db.PreApplications.SingleAsync(p => p.Id == stored.Id, Cancellation));
                await db.SaveChangesAsync(Cancellation);
                db.PreApplications.Add(old);
                return await db.SaveChangesAsync(Cancellation);
            });
        }

        return PreApplicationReference.Format(stored.Reference);
    }

    private Task<PreApplication> StoredAsync(string reference)
    {
        Assert.True(PreApplicationReference.TryParse(reference, out var canonical));
        return factory.Services.InTenantScopeAsync(PortalFactory.Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PortalDbContext>().PreApplications.AsNoTracking().SingleAsync(p => p.Reference == canonical, Cancellation));
    }

    private Task<T> InTownAsync<T>(string town, Func<IPreApplications, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp => work(sp.GetRequiredService<IPreApplications>()));
}
