namespace Tsunagi.Web.Api.GetMunicipality;

/// <summary>The caller's municipality: 全国地方公共団体コード, name and prefecture.</summary>
public sealed record MunicipalityResponse(string Code, string Name, string Prefecture);
