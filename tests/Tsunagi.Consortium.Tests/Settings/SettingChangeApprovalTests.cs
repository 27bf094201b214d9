using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Settings;

public sealed class SettingChangeApprovalTests(SettingsTestFactory factory) : IClassFixture<SettingsTestFactory>
{
    private const string Town = "035033";
    private static readonly DateOnly April = new(2027, 4, 1);

    [Fact]
    public async Task A_requested_value_is_in_force_only_after_a_second_administrator_approves_it_and_each_step_is_audited()
    {
        var request = await factory.RequestRetentionAsync(Town, "admin-a", SettingScope.Municipality(Town), April, 10);
        Assert.Equal(5, (await factory.ReadAsync(Town, April)).Years);

        var own = await Assert.ThrowsAsync<SettingChangeException>(() => factory.AsAsync(Town, "admin-a", c => c.ApproveAsync(request.Id, TestContext.Current.CancellationToken)));
        Assert.Equal(SettingChangeProblem.OwnRequest, own.Problem);
        Assert.Equal(5, (await factory.ReadAsync(Town, April)).Years);

        var stored = await factory.AsAsync(Town, "admin-b", c => c.ApproveAsync(request.Id, TestContext.Current.CancellationToken));

        Assert.Equal(request.Id, stored.SourceId);
        Assert.Equal(10, (await factory.ReadAsync(Town, April)).Years);
        Assert.Equal(5, (await factory.ReadAsync(Town, April.AddDays(-1))).Years);
        var events = await AuditLog.EventsAsync(factory, Town);
        var subject = $"Municipality:{Town}/test.retention";
        Assert.Contains(events, e => e.Action == SettingChanges.RequestedAction && e.SubjectId == subject);
        Assert.Contains(events, e => e.Action == SettingChanges.ApprovedAction && e.SubjectId == subject);
        Assert.DoesNotContain(events, e => (e.Purpose ?? string.Empty).Contains("条例改正", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decided_request_cannot_be_decided_again_and_a_rejection_changes_nothing()
    {
        var from = April.AddYears(1);
        var before = (await factory.ReadAsync(Town, from)).Years;
        var request = await factory.RequestRetentionAsync(Town, "admin-a", SettingScope.Municipality(Town), from, 20);

        var noNote = await Assert.ThrowsAsync<Platform.Settings.Validation.SettingValidationException>(() => factory.AsAsync(Town, "admin-b", c => c.RejectAsync(request.Id, " ", TestContext.Current.CancellationToken)));
        Assert.Contains(noNote.Errors, e => e.Message.StartsWith("却下の理由：", StringComparison.Ordinal));
        await factory.AsAsync(Town, "admin-b", c => c.RejectAsync(request.Id, "根拠条例が未議決", TestContext.Current.CancellationToken));
        var again = await Assert.ThrowsAsync<SettingChangeException>(() => factory.AsAsync(Town, "admin-c", c => c.ApproveAsync(request.Id, TestContext.Current.CancellationToken)));

        Assert.Equal(SettingChangeProblem.AlreadyDecided, again.Problem);
        Assert.Equal(before, (await factory.ReadAsync(Town, from)).Years);
        Assert.Contains(await AuditLog.EventsAsync(factory, Town), e => e.Action == SettingChanges.RejectedAction);
    }

    [Fact]
    public async Task A_town_cannot_request_a_national_value_or_another_towns_nor_see_the_consortiums_requests()
    {
        var national = await Assert.ThrowsAsync<SettingChangeException>(() => factory.RequestRetentionAsync(Town, "admin-a", SettingScope.National, April, 7));
        var neighbour = await Assert.ThrowsAsync<SettingChangeException>(() => factory.RequestRetentionAsync(Town, "admin-a", SettingScope.Municipality("034614"), April, 7));
        var prefecture = await Assert.ThrowsAsync<SettingChangeException>(() => factory.RequestRetentionAsync(Town, "admin-a", SettingScope.Prefecture("03"), April, 7));
        var operatorRequest = await factory.RequestRetentionAsync("sanriku", "operator-a", SettingScope.National, April.AddYears(3), 7);
        var hidden = await Assert.ThrowsAsync<SettingChangeException>(() => factory.AsAsync(Town, "admin-b", c => c.ApproveAsync(operatorRequest.Id, TestContext.Current.CancellationToken)));
        var townRequest = await factory.RequestRetentionAsync(Town, "admin-a", SettingScope.Municipality(Town), April.AddYears(3), 8);
        var otherTown = await Assert.ThrowsAsync<SettingChangeException>(() => factory.AsAsync("034614", "admin-x", c => c.ApproveAsync(townRequest.Id, TestContext.Current.CancellationToken)));

        Assert.All([national, neighbour, prefecture], e => Assert.Equal(SettingChangeProblem.ScopeNotAllowed, e.Problem));
        Assert.Equal(SettingChangeProblem.NotFound, hidden.Problem);
        Assert.Equal(SettingChangeProblem.NotFound, otherTown.Problem);
    }

    [Fact]
    public async Task A_value_breaking_the_schema_is_refused_with_the_field_named_and_nothing_is_stored()
    {
        var before = await CountRequestsAsync();
        var refused = await Assert.ThrowsAsync<Platform.Settings.Validation.SettingValidationException>(() => factory.AsAsync(Town, "admin-a", c => c.RequestAsync(
            RetentionSetting.Definition.Key, SettingScope.Municipality(Town), April, """{"years":0,"note":"<b>"}""", "テスト", TestContext.Current.CancellationToken)));

        Assert.Contains(refused.Errors, e => e.Message == "保存年数：1から100までの整数を入力してください。");
        Assert.Equal(before, await CountRequestsAsync());
    }

    [Fact]
    public async Task Approval_drops_the_cached_versions_so_the_next_read_sees_the_new_value()
    {
        const string town = "034851";
        var from = April.AddYears(5);
        Assert.Equal(5, (await factory.ReadAsync(town, from)).Years);
        Assert.True(factory.Services.GetRequiredService<SettingsCache>().TryGet(RetentionSetting.Definition.Key, out _));

        var request = await factory.RequestRetentionAsync(town, "admin-a", SettingScope.Municipality(town), from, 30);
        await factory.AsAsync(town, "admin-b", c => c.ApproveAsync(request.Id, TestContext.Current.CancellationToken));

        Assert.Equal(30, (await factory.ReadAsync(town, from)).Years);
    }

    private async Task<int> CountRequestsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().SettingChangeRequests.CountAsync(TestContext.Current.CancellationToken);
    }
}
