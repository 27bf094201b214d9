using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Tenancy;

[Trait("Lane", "postgres")]
public sealed class PostgresTenantIsolationTests(PostgresFactory factory)
    : TenantIsolationTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
