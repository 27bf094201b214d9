using System.Text.Json;

namespace Tsunagi.Web.Api.Settings;

/// <summary>A requested change: scope <c>JP</c>, a prefecture code or the caller's municipality code; the value as the setting's JSON.</summary>
public sealed record SettingChangeRequestBody(string Scope, DateOnly EffectiveFrom, JsonElement Value, string Reason);
