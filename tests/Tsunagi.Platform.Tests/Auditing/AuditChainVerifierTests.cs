using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Auditing;

/// <summary>Each test writes five events for 大槌町 and one for 野田村, then tampers as the database owner could.</summary>
public sealed class AuditChainVerifierTests
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    [Fact]
    public async Task An_untouched_chain_is_intact_and_counts_its_events()
    {
        await using var database = await FiveEventsAsync();

        var result = await database.VerifyAsync(Otsuchi);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.VerifiedEvents);
        Assert.Null(result.BrokenAtSequence);
    }

    [Fact]
    public async Task An_altered_field_is_a_hash_mismatch_at_that_sequence()
    {
        await using var database = await FiveEventsAsync();
        var third = (await database.EventsAsync(Otsuchi))[2];

        Assert.Equal(1, await database.ExecuteSqlAsync(
            "update audit_events set subject_id = 'someone-else' where tenant_id = $t and sequence = 3", ("$t", Otsuchi)));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.False(result.IsIntact);
        Assert.Equal((3L, AuditVerification.HashMismatch, 2L), (result.BrokenAtSequence, result.Problem, result.VerifiedEvents));
        Assert.Equal(third.Id, result.BrokenEventId);
    }

    [Fact]
    public async Task An_altered_outcome_is_a_hash_mismatch_too()
    {
        await using var database = await FiveEventsAsync();

        await database.ExecuteSqlAsync("update audit_events set outcome = 'Succeeded' where tenant_id = $t and sequence = 5", ("$t", Otsuchi));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((5L, AuditVerification.HashMismatch), (result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task A_removed_middle_event_is_missing_at_its_sequence()
    {
        await using var database = await FiveEventsAsync();

        Assert.Equal(1, await database.ExecuteSqlAsync("delete from audit_events where tenant_id = $t and sequence = 3", ("$t", Otsuchi)));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((false, 3L, AuditVerification.Missing, 2L), (result.IsIntact, result.BrokenAtSequence, result.Problem, result.VerifiedEvents));
    }

    [Fact]
    public async Task A_removed_first_event_is_missing_at_sequence_one()
    {
        await using var database = await FiveEventsAsync();

        await database.ExecuteSqlAsync("delete from audit_events where tenant_id = $t and sequence = 1", ("$t", Otsuchi));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((1L, AuditVerification.Missing, 0L), (result.BrokenAtSequence, result.Problem, result.VerifiedEvents));
    }

    [Fact]
    public async Task A_removed_newest_event_is_found_through_the_chain_head()
    {
        await using var database = await FiveEventsAsync();

        Assert.Equal(1, await database.ExecuteSqlAsync("delete from audit_events where tenant_id = $t and sequence = 5", ("$t", Otsuchi)));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((false, 5L, AuditVerification.MissingAfterLast, 4L), (result.IsIntact, result.BrokenAtSequence, result.Problem, result.VerifiedEvents));
    }

    [Fact]
    public async Task An_altered_previous_hash_link_is_reported_at_that_sequence()
    {
        await using var database = await FiveEventsAsync();

        await database.ExecuteSqlAsync(
            "update audit_events set previous_hash = $h where tenant_id = $t and sequence = 4", ("$h", new string('a', 64)), ("$t", Otsuchi));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((4L, AuditVerification.PreviousHashMismatch, 3L), (result.BrokenAtSequence, result.Problem, result.VerifiedEvents));
    }

    [Fact]
    public async Task An_altered_event_whose_hash_was_recomputed_breaks_the_next_link()
    {
        await using var database = await FiveEventsAsync();
        var third = (await database.EventsAsync(Otsuchi))[2];
        var forged = new AuditEvent
        {
            TenantId = third.TenantId,
            Sequence = third.Sequence,
            Id = third.Id,
            OccurredAt = third.OccurredAt,
            ActorKind = third.ActorKind,
            ActorId = third.ActorId,
            Action = third.Action,
            SubjectType = third.SubjectType,
            SubjectId = "someone-else",
            Purpose = third.Purpose,
            Outcome = third.Outcome,
            PreviousHash = third.PreviousHash,
        };

        await database.ExecuteSqlAsync(
            "update audit_events set subject_id = 'someone-else', hash = $h where tenant_id = $t and sequence = 3",
            ("$h", AuditHash.Compute(forged, forged.PreviousHash)), ("$t", Otsuchi));

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((4L, AuditVerification.PreviousHashMismatch), (result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task An_event_inserted_past_the_chain_head_is_reported()
    {
        await using var database = await FiveEventsAsync();
        var fifth = (await database.EventsAsync(Otsuchi))[4];
        var forged = new AuditEvent
        {
            TenantId = Otsuchi,
            Sequence = 6,
            Id = Guid.CreateVersion7(),
            OccurredAt = fifth.OccurredAt,
            ActorKind = AuditActorKind.System,
            ActorId = "forger",
            Action = "test.forged",
            SubjectType = "item",
            SubjectId = "x",
            Outcome = AuditOutcome.Succeeded,
            PreviousHash = fifth.Hash,
        };

        await database.InScopeAsync(Otsuchi, "test:forger", async sp =>
        {
            // A row written around the trail: a valid link, but the chain head was not moved.
            forged.Hash = AuditHash.Compute(forged, forged.PreviousHash);
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(forged);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var result = await database.VerifyAsync(Otsuchi);
        Assert.Equal((6L, AuditVerification.BeyondHead), (result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public async Task Tampering_in_one_tenant_leaves_the_other_tenants_chain_intact()
    {
        await using var database = await FiveEventsAsync();

        await database.ExecuteSqlAsync("update audit_events set action = 'test.hidden' where tenant_id = $t and sequence = 2", ("$t", Otsuchi));

        Assert.False((await database.VerifyAsync(Otsuchi)).IsIntact);
        Assert.Equal(AuditVerification.Intact(Noda, 1), await database.VerifyAsync(Noda));
    }

    [Fact]
    public async Task Verifying_a_tenant_from_a_scope_of_another_tenant_is_refused_instead_of_passing_empty()
    {
        await using var database = await FiveEventsAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            database.Services.InTenantScopeAsync(Noda, TenantKind.Municipality,
                sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(Otsuchi, TestContext.Current.CancellationToken)));
        Assert.Contains(Otsuchi, refused.Message, StringComparison.Ordinal);
    }

    private static async Task<AuditDatabase> FiveEventsAsync()
    {
        var database = await AuditDatabase.CreateAsync();
        await database.RecordAsync(Otsuchi, "test:writer",
            new AuditEntry("staff.login", "staff", "s-1"),
            new AuditEntry("test.read", "resident", "r-1", Purpose: "証明書交付"),
            new AuditEntry("test.read", "resident", "r-2"),
            new AuditEntry("test.update", "resident", "r-2"),
            new AuditEntry("staff.login", "staff", "s-2", AuditOutcome.Failed));
        await database.RecordAsync(Noda, "test:writer", new AuditEntry("staff.login", "staff", "s-9"));
        return database;
    }
}
