namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>The resident or the 職権 request does not exist in this municipality (another town's id looks the same): 404.</summary>
public sealed class ExOfficioNotFoundException() : Exception("The resident or the ex-officio request was not found.");
