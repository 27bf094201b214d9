namespace Tsunagi.Residents.Domain;

public enum ChangeOrigin
{
    /// <summary>届出: made by the resident.</summary>
    Notification = 1,

    /// <summary>職権: made by the municipality.</summary>
    ExOfficio = 2,
}
