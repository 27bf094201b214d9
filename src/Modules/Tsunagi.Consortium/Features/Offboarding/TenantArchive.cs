namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>A verified export: where it is, how many tables and rows it holds.</summary>
public sealed record TenantArchive(string Directory, int Tables, long Rows);
