using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Persistence;

[Trait("Lane", "postgres")]
public sealed class PostgresProviderParityTests(PostgresFactory factory)
    : ProviderParityTests<PostgresFactory>(factory), IClassFixture<PostgresFactory>;
