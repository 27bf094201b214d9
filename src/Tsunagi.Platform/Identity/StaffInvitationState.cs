namespace Tsunagi.Platform.Identity;

public enum StaffInvitationState
{
    /// <summary>No invitation has this token (or it names another municipality).</summary>
    Unknown,

    Usable,

    Used,

    Expired,
}
