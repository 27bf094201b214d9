namespace Tsunagi.Residents.Domain;

public enum ExOfficioRequestStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
