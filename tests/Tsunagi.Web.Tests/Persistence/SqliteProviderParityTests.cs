using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Persistence;

public sealed class SqliteProviderParityTests(TsunagiFactory factory)
    : ProviderParityTests<TsunagiFactory>(factory), IClassFixture<TsunagiFactory>;
