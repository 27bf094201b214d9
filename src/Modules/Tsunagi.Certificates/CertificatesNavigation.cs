using Tsunagi.Platform.Ui;

namespace Tsunagi.Certificates;

public sealed class CertificatesNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.Certificates", "/certificates", CertificatesPermissions.Issue, 300),
        new("Nav.CertificatePayment", "/certificates/payment", CertificatesPermissions.Cash, 340),
        new("Nav.CashReport", "/certificates/cash-report", CertificatesPermissions.Cash, 350),
        new("Nav.CertificateVoids", "/certificates/voids", CertificatesPermissions.VoidApprove, 360),
        new("Nav.CertificateFees", "/certificates/fees", CertificatesPermissions.Manage, 370),
        new("Nav.CertificateSettings", "/certificates/settings", CertificatesPermissions.Manage, 380),
    ];
}
