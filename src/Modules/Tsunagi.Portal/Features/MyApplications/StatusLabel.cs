namespace Tsunagi.Portal.Features.MyApplications;

/// <summary>The resource key of a status as residents read it (提出済 / 窓口で受付済 / 期限切れ / 取消).</summary>
public static class StatusLabel
{
    public static string Key(Domain.PreApplicationStatus status) => "Portal.Status." + status;
}
