using Tsunagi.Web.Tests.Infrastructure;

namespace Tsunagi.Web.Tests.Tenancy;

public sealed class SqliteTenantIsolationTests(TsunagiFactory factory)
    : TenantIsolationTests<TsunagiFactory>(factory), IClassFixture<TsunagiFactory>;
