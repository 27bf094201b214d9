using System.Text.Json;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>How a pre-application's draft is stored: the Residents contract's record as JSON.</summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(MoveInDraft draft) => JsonSerializer.Serialize(draft, Options);

    public static string Write(MoveOutDraft draft) => JsonSerializer.Serialize(draft, Options);

    public static MoveInDraft? ReadMoveIn(string? json) => json is null ? null : JsonSerializer.Deserialize<MoveInDraft>(json, Options);

    public static MoveOutDraft? ReadMoveOut(string? json) => json is null ? null : JsonSerializer.Deserialize<MoveOutDraft>(json, Options);
}
