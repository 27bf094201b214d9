using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Tenancy;

public sealed class TenantContextTests
{
    [Fact]
    public void Reading_the_tenant_before_it_is_resolved_throws()
    {
        var tenant = new TenantContext();
        Assert.False(tenant.IsResolved);
        Assert.Null(tenant.TenantIdOrNull);
        Assert.Throws<TenantNotResolvedException>(() => tenant.TenantId);
    }

    [Fact]
    public void A_resolved_tenant_cannot_be_switched_to_another_in_the_same_scope()
    {
        var tenant = new TenantContext();
        tenant.Resolve("034614", TenantKind.Municipality);
        tenant.Resolve("034614", TenantKind.Municipality);
        Assert.Throws<InvalidOperationException>(() => tenant.Resolve("035033", TenantKind.Municipality));
        Assert.Equal("034614", tenant.TenantId);
    }
}
