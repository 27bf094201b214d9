namespace Tsunagi.Portal.Domain;

/// <summary>State of a pre-application (事前申請) as stored; 期限切れ is also shown for a submitted one past its expiry.</summary>
public enum PreApplicationStatus
{
    /// <summary>提出済</summary>
    Submitted,

    /// <summary>窓口で受付済: a clerk opened a case from it.</summary>
    Taken,

    /// <summary>期限切れ</summary>
    Expired,

    /// <summary>取消: withdrawn by the resident.</summary>
    Withdrawn,
}
