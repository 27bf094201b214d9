namespace Tsunagi.Residents.Web;

/// <summary>How a member table lets the clerk choose: not at all, one person (radio), or several (checkboxes).</summary>
public enum MemberChoice
{
    None,
    One,
    Several,
}
