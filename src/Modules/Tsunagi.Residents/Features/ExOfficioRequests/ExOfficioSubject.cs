using Tsunagi.Residents.Features.ResidentDetail;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>The person a 職権 form is about, as the detail page shows them (audited there), and the version the form carries.</summary>
public sealed record ExOfficioSubject(ResidentLookup Lookup, int Version);
