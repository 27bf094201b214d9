using Tsunagi.Platform.Ui;

namespace Tsunagi.Certificates;

public sealed class CertificatesNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.Certificates", "/certificates", CertificatesPermissions.Issue, 300),
    ];
}
