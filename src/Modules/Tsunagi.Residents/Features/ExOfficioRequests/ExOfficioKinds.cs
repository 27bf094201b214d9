using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>The API's names of the two kinds of 職権 request.</summary>
public static class ExOfficioKinds
{
    public const string Correction = "correction";
    public const string Removal = "removal";

    public static string NameOf(ChangeKind kind) => kind == ChangeKind.ExOfficioRemoval ? Removal : Correction;
}
