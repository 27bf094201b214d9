using System.Net.Http.Headers;
using System.Net.Http.Json;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Tests.Features.MoveIn;

/// <summary>A realistic 転入届 of a family of three, and the API call that sends it.</summary>
internal static class MoveInRequests
{
    public static MoveInInput Family(string movedInOn = "R8.11.20", string notifiedOn = "2026-11-23") => new()
    {
        MovedInOn = movedInOn,
        NotifiedOn = notifiedOn,
        PreviousAddress = "岩手県盛岡市内丸１０番１号",
        Address = new AddressInput { PostalCode = "０２８－１１３１", Locality = "大槌町末広町", Lot = "１番１号", AddressSupplement = "末広ハイツ１０１" },
        Members =
        [
            new PersonInput { FamilyName = "髙橋", GivenName = "一郎", FamilyNameKana = "タカハシ", GivenNameKana = "イチロウ", DateOfBirth = "S55.4.1", Sex = "male", Relationship = "世帯主", IndividualNumber = "123456789018" },
            new PersonInput { FamilyName = "髙橋", GivenName = "花子", FamilyNameKana = "タカハシ", GivenNameKana = "ハナコ", DateOfBirth = "昭和57年8月15日", Sex = "female", Relationship = "妻" },
            new PersonInput { FamilyName = "髙橋", GivenName = "翔太", FamilyNameKana = "タカハシ", GivenNameKana = "ショウタ", DateOfBirth = "2015-06-30", Sex = "male", Relationship = "子" },
        ],
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string accessToken, MoveInInput input, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/move-in") { Content = JsonContent.Create(input) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
