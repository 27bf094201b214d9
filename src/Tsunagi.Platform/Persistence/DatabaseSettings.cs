using Microsoft.Extensions.Configuration;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Where the data lives, from the environment: TSUNAGI_DB (sqlite | postgres), TSUNAGI_CONNECTION
/// (the application role), TSUNAGI_OWNER_CONNECTION (the schema owner, for migrations) and
/// TSUNAGI_DATA (the data directory, ./data by default).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? OwnerConnectionString, string DataDirectory)
{
    public static DatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        var dataDirectory = Path.GetFullPath(configuration["TSUNAGI_DATA"] is { Length: > 0 } d ? d : "./data");
        var provider = configuration["TSUNAGI_DB"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"TSUNAGI_DB の値 '{other}' は使えません。sqlite または postgres を指定してください。 / TSUNAGI_DB must be sqlite or postgres."),
        };
        if (provider == DatabaseProvider.Sqlite)
        {
            var connection = configuration["TSUNAGI_CONNECTION"] is { Length: > 0 } c
                ? c
                : $"Data Source={Path.Combine(dataDirectory, "tsunagi.db")};Pooling=True";
            return new DatabaseSettings(provider, connection, null, dataDirectory);
        }

        var app = configuration["TSUNAGI_CONNECTION"];
        if (string.IsNullOrWhiteSpace(app))
        {
            throw new InvalidOperationException("TSUNAGI_DB=postgres には TSUNAGI_CONNECTION（tsunagi_app の接続文字列）が必要です。 / TSUNAGI_CONNECTION is required with TSUNAGI_DB=postgres.");
        }

        return new DatabaseSettings(provider, app, configuration["TSUNAGI_OWNER_CONNECTION"], dataDirectory);
    }
}
