namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// How 利用割 counts usage: a member's usage index is notifications × <see cref="Notification"/> + certificates ×
/// <see cref="Certificate"/> + API calls × <see cref="ApiCall"/>. The default (10, 10, 1) counts one 届出 or one
/// certificate as much work as ten API calls.
/// </summary>
public sealed record UsageWeights(int Notification, int Certificate, int ApiCall)
{
    public static UsageWeights Default { get; } = new(10, 10, 1);

    public long IndexOf(MemberFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return (figures.Notifications * Notification) + (figures.Certificates * Certificate) + (figures.ApiCalls * ApiCall);
    }
}
