using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Tenancy;

public sealed class SqliteTenantIsolationTests(TsunagiFactory factory)
    : TenantIsolationTests<TsunagiFactory>(factory), IClassFixture<TsunagiFactory>;
