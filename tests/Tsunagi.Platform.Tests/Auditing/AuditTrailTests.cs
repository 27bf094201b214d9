using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Tests.Auditing;

public sealed class AuditTrailTests
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    [Fact]
    public async Task Many_appends_over_many_units_of_work_form_one_unbroken_chain_from_the_genesis_hash()
    {
        await using var database = await AuditDatabase.CreateAsync();

        // 2,100 events: more than one page of the verifier (2,000), written 100 per unit of work.
        await AppendInUnitsOfWorkAsync(database, Otsuchi, units: 21, perUnit: 100);

        var events = await database.EventsAsync(Otsuchi);
        Assert.Equal(Enumerable.Range(1, 2100).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, events[0].PreviousHash);
        for (var i = 1; i < events.Count; i++)
        {
            Assert.Equal(events[i - 1].Hash, events[i].PreviousHash);
            Assert.Equal(AuditHash.Compute(events[i], events[i].PreviousHash), events[i].Hash);
        }

        Assert.Equal("unit-21-item-100", events[^1].SubjectId);
        Assert.Equal(AuditVerification.Intact(Otsuchi, 2100), await database.VerifyAsync(Otsuchi));

        await database.ExecuteSqlAsync("delete from audit_events where tenant_id = $t and sequence = 2050", ("$t", Otsuchi));
        var broken = await database.VerifyAsync(Otsuchi);
        Assert.Equal((2050L, AuditVerification.Missing, 2049L), (broken.BrokenAtSequence, broken.Problem, broken.VerifiedEvents));
    }

    [Fact]
    public async Task Several_appends_in_one_unit_of_work_become_consecutive_links_when_it_is_saved()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await database.RecordAsync(Otsuchi, "test:writer", new AuditEntry("test.before", "item", "first"));

        await database.InScopeAsync(Otsuchi, "test:unit-of-work", async sp =>
        {
            var trail = sp.GetRequiredService<AuditTrail>();
            await trail.AppendAsync(new AuditEntry("test.batch", "item", "a"), TestContext.Current.CancellationToken);
            await trail.AppendAsync(new AuditEntry("test.batch", "item", "b"), TestContext.Current.CancellationToken);
            await trail.AppendAsync(new AuditEntry("test.batch", "item", "c"), TestContext.Current.CancellationToken);
            Assert.Single(await database.EventsAsync(Otsuchi));
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var events = await database.EventsAsync(Otsuchi);
        Assert.Equal(["first", "a", "b", "c"], events.Select(e => e.SubjectId));
        Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.Sequence));
        Assert.All(events.Skip(1), e => Assert.Equal("test:unit-of-work", e.ActorId));
        Assert.True((await database.VerifyAsync(Otsuchi)).IsIntact);
    }

    [Fact]
    public async Task Appends_of_a_unit_of_work_that_is_never_saved_leave_no_trace()
    {
        await using var database = await AuditDatabase.CreateAsync();

        await database.InScopeAsync(Otsuchi, "test:abandoned", sp =>
            sp.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("test.abandoned", "item", "x"), TestContext.Current.CancellationToken));
        await database.RecordAsync(Otsuchi, "test:writer", new AuditEntry("test.after", "item", "y"));

        var only = Assert.Single(await database.EventsAsync(Otsuchi));
        Assert.Equal(1, only.Sequence);
        Assert.Equal("test.after", only.Action);
    }

    [Fact]
    public async Task A_writer_that_read_the_chain_head_before_another_writer_committed_still_links_after_it()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await database.RecordAsync(Otsuchi, "test:writer", new AuditEntry("test.first", "item", "1"));

        await database.InScopeAsync(Otsuchi, "test:slow-writer", async slow =>
        {
            // The slow writer holds the head it read (sequence 1) while the other writer commits sequence 2.
            var head = await slow.GetRequiredService<PlatformDbContext>().AuditChainHeads.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, head.LastSequence);
            await database.RecordAsync(Otsuchi, "test:fast-writer", new AuditEntry("test.fast", "item", "2"));

            await slow.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("test.slow", "item", "3"), TestContext.Current.CancellationToken);
        });

        var events = await database.EventsAsync(Otsuchi);
        Assert.Equal(["test.first", "test.fast", "test.slow"], events.Select(e => e.Action));
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.Equal(AuditVerification.Intact(Otsuchi, 3), await database.VerifyAsync(Otsuchi));
    }

    [Fact]
    public async Task Concurrent_writers_of_one_tenant_never_fork_the_chain()
    {
        await using var database = await AuditDatabase.CreateAsync();
        const int PerWriter = 10;

        async Task WriteAsync(string writer)
        {
            for (var i = 1; i <= PerWriter; i++)
            {
                await database.RecordAsync(Otsuchi, writer, new AuditEntry("test.concurrent", "item", $"{writer}-{i}"));
            }
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await Task.WhenAll(Task.Run(() => WriteAsync("test:left"), cancellationToken), Task.Run(() => WriteAsync("test:right"), cancellationToken));

        var events = await database.EventsAsync(Otsuchi);
        Assert.Equal(Enumerable.Range(1, 2 * PerWriter).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(2 * PerWriter, events.Select(e => e.SubjectId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2 * PerWriter, events.Select(e => e.PreviousHash).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(AuditVerification.Intact(Otsuchi, 2 * PerWriter), await database.VerifyAsync(Otsuchi));
    }

    [Fact]
    public async Task Tenants_keep_independent_chains_that_start_at_the_genesis_hash()
    {
        await using var database = await AuditDatabase.CreateAsync();

        for (var i = 1; i <= 3; i++)
        {
            await database.RecordAsync(Otsuchi, "test:writer", new AuditEntry("test.otsuchi", "item", $"o-{i}"));
            await database.RecordAsync(Noda, "test:writer", new AuditEntry("test.noda", "item", $"n-{i}"));
        }

        var otsuchi = await database.EventsAsync(Otsuchi);
        var noda = await database.EventsAsync(Noda);
        Assert.Equal([1L, 2L, 3L], otsuchi.Select(e => e.Sequence));
        Assert.Equal([1L, 2L, 3L], noda.Select(e => e.Sequence));
        Assert.All(otsuchi, e => Assert.Equal("test.otsuchi", e.Action));
        Assert.All(noda, e => Assert.Equal("test.noda", e.Action));
        Assert.Equal(AuditHash.Genesis, otsuchi[0].PreviousHash);
        Assert.Equal(AuditHash.Genesis, noda[0].PreviousHash);
        Assert.Empty(otsuchi.Select(e => e.Hash).Intersect(noda.Select(e => e.Hash), StringComparer.Ordinal));
        Assert.Equal(AuditVerification.Intact(Otsuchi, 3), await database.VerifyAsync(Otsuchi));
        Assert.Equal(AuditVerification.Intact(Noda, 3), await database.VerifyAsync(Noda));
    }

    [Fact]
    public async Task The_recorded_instant_is_whole_microseconds_so_it_reads_back_unchanged_on_PostgreSQL()
    {
        await using var database = await AuditDatabase.CreateAsync();
        database.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero).AddTicks(1_234_567));

        await database.RecordAsync(Otsuchi, "test:writer", new AuditEntry("test.instant", "item", "1"));

        var recorded = Assert.Single(await database.EventsAsync(Otsuchi)).OccurredAt;
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero).AddTicks(1_234_560), recorded);
        Assert.Equal(TimeSpan.Zero, recorded.Offset);
    }

    [Fact]
    public async Task An_event_records_the_actor_outcome_and_purpose_it_was_given()
    {
        await using var database = await AuditDatabase.CreateAsync();

        await database.RecordAsync(Otsuchi, "cli:test", new AuditEntry("test.read", "resident", "r-1", AuditOutcome.Denied, "本人確認のため"));

        var recorded = Assert.Single(await database.EventsAsync(Otsuchi));
        Assert.Equal((AuditActorKind.System, "cli:test"), (recorded.ActorKind, recorded.ActorId));
        Assert.Equal(("test.read", "resident", "r-1"), (recorded.Action, recorded.SubjectType, recorded.SubjectId));
        Assert.Equal((AuditOutcome.Denied, "本人確認のため"), (recorded.Outcome, recorded.Purpose));
        Assert.Equal(database.Time.GetUtcNow(), recorded.OccurredAt);
    }

    private static async Task AppendInUnitsOfWorkAsync(AuditDatabase database, string tenantId, int units, int perUnit)
    {
        for (var unit = 1; unit <= units; unit++)
        {
            var name = $"unit-{unit}";
            await database.InScopeAsync(tenantId, "test:batch", async sp =>
            {
                var trail = sp.GetRequiredService<AuditTrail>();
                for (var item = 1; item <= perUnit; item++)
                {
                    await trail.AppendAsync(new AuditEntry("test.append", "item", $"{name}-item-{item}"), TestContext.Current.CancellationToken);
                }

                await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            });
        }
    }
}
