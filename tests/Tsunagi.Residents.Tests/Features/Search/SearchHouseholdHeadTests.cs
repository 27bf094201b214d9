using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Features.HouseholdChange.HouseholdChangeRequests;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Search;

/// <summary>
/// Each search row names its household's head, read from the index <c>(tenant_id, household_id, relationship, status, family_name, given_name)</c>
/// (docs/benchmarks/residents.md): the name follows the register, never a copy of it.
/// </summary>
public sealed class SearchHouseholdHeadTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task After_a_head_change_every_member_found_names_the_new_head()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write residents.read");
        var family = await MoveInAsync(factory, client, token);
        var before = await HeadsAsync(client, family);

        using var response = await PostAsync(client, ApiPath, token, await WifeBecomesHeadAsync(factory, family));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(before.Values, head => Assert.Equal("髙橋　一郎", head));
        var after = await HeadsAsync(client, family);
        Assert.Equal(3, after.Count);
        Assert.All(after.Values, head => Assert.Equal("髙橋　花子", head));
    }

    [Fact]
    public async Task The_head_of_a_row_is_read_from_the_index_alone_on_sqlite()
    {
        var plan = await InTenantAsync(factory, async (db, _) =>
        {
            var household = Guid.CreateVersion7();
            var head = db.Residents
                .Where(h => h.HouseholdId == household && h.Relationship == Relationships.Head && h.Status == ResidentStatus.Registered)
                .Select(h => h.FamilyName + "　" + h.GivenName);
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var command = head.CreateDbCommand();
#pragma warning disable CA2100 // EF's own SQL for the query above, its values in parameters.
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var details = new List<string>();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                details.Add(reader.GetString(3));
            }

            return string.Join(" | ", details);
        });

        Assert.Contains("USING COVERING INDEX ix_residents_tenant_id_household_id_relationship_status_family_name_given_name", plan, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, string?>> HeadsAsync(HttpClient client, Tsunagi.Residents.Tests.Notifications.RegisteredFamily family)
    {
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var (status, json, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?pageSize=100&name=" + Uri.EscapeDataString("髙橋"));
        Assert.Equal(HttpStatusCode.OK, status);
        var ours = new HashSet<string> { family.Head.ToString(), family.Wife.ToString(), family.Child.ToString() };
        return json.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => ours.Contains(i.GetProperty("id").GetString()!))
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("householdHeadName").GetString());
    }
}
