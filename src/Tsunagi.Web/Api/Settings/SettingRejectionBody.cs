namespace Tsunagi.Web.Api.Settings;

public sealed record SettingRejectionBody(string Note);
