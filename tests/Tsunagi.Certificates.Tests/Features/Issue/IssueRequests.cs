using System.Net.Http.Headers;
using System.Net.Http.Json;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary>Register records and API requests of the issuance tests.</summary>
public static class IssueRequests
{
    public const string IndividualNumber = "123456789018";

    public static RegisterPerson Person(string familyName, string givenName, string relationship, DateOnly dateOfBirth, RegisterSex sex = RegisterSex.Male) => new(
        Guid.CreateVersion7(), Guid.Empty, familyName, givenName, "カナ", "カナ", null, dateOfBirth, sex, relationship, "髙橋　一郎", "028-1131",
        "末広町１番１号", "岩手県上閉伊郡大槌町末広町１番地", "髙橋　一郎", "12345678901", new DateOnly(2020, 4, 1), new DateOnly(2020, 4, 1), "東京都千代田区",
        null, new RegisterLastChange("転入", new DateOnly(2020, 4, 1), new DateOnly(2020, 4, 3)), null, HasIndividualNumber: true);

    /// <summary>髙橋 一郎 (head) and 𠮷野 花子 in 大槌町, the head with a 個人番号.</summary>
    public static (Guid HouseholdId, IReadOnlyList<RegisterPerson> Members) Family(IssueFactory factory)
    {
        var id = factory.Register.AddHousehold(IssueFactory.Otsuchi,
            Person("髙橋", "一郎", "世帯主", new DateOnly(1980, 5, 1)),
            Person("𠮷野", "花子", "妻", new DateOnly(1982, 7, 7), RegisterSex.Female));
        var members = factory.Register.Members(IssueFactory.Otsuchi, id);
        factory.Register.SetIndividualNumber(members[0].ResidentId, IndividualNumber);
        return (id, members);
    }

    /// <summary>A household copy asked by <paramref name="requesterResidentId"/> as 本人.</summary>
    public static object Body(Guid householdId, Guid requesterResidentId, int copies = 1, bool individualNumber = false, string type = "resident-copy-household") => new
    {
        type,
        householdId,
        options = new { householdHeadAndRelationship = true, individualNumber },
        requester = new { type = "self", name = "髙橋　一郎", residentId = requesterResidentId, identityDocument = "運転免許証" },
        copies,
        counter = "本庁舎 1番窓口",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/certificates") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
