using System.Security.Cryptography;
using Npgsql;
using Tsunagi.Platform.Persistence;
using Tsunagi.Web.Cli;
using Tsunagi.Web.Demo;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Drill;

/// <summary>
/// The application installed on a drill's cluster as a deployment would be: roles tsunagi_owner and tsunagi_app, the
/// database, migrations as the owner, the demo consortium; served as tsunagi_app through the server's own services.
/// <see cref="Connect"/> points it at one node (the repointing after a promotion builds the services anew, as a
/// restart of the web nodes with the new connection string would).
/// </summary>
public sealed class DrillApplication(string dataDirectory) : IAsyncDisposable
{
    public const string Database = "tsunagi";

    private readonly string _ownerPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private readonly string _appPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private readonly List<ServiceProvider> _built = [];
    private ServiceProvider? _current;

    public string MasterKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public IServiceProvider Services => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The drill application is not connected.");

    /// <summary>Creates roles and database on the node of <paramref name="administratorConnection"/>, migrates, seeds and connects.</summary>
    public async Task InstallAsync(string administratorConnection, CancellationToken cancellationToken)
    {
        await PostgresProvisioner.EnsureRolesAsync(administratorConnection, _ownerPassword, _appPassword, cancellationToken);
        await PostgresProvisioner.EnsureDatabaseAsync(administratorConnection, Database, cancellationToken);
        Connect(administratorConnection);
        await TsunagiWebApplication.PrepareDatabaseAsync(Services);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoConsortium>().SeedAsync(cancellationToken);
    }

    public void Connect(string administratorConnection)
    {
        var services = CliServices.Build("drill", Settings(administratorConnection));
        lock (_built)
        {
            _built.Add(services);
        }

        Volatile.Write(ref _current, services);
    }

    /// <summary>The server's settings for the node of <paramref name="administratorConnection"/> (a host pointed at it uses the same).</summary>
    public IReadOnlyDictionary<string, string?> Settings(string administratorConnection) => new Dictionary<string, string?>
    {
        ["TSUNAGI_DB"] = "postgres",
        ["TSUNAGI_CONNECTION"] = ConnectionAs(administratorConnection, PostgresRoles.Application, _appPassword),
        ["TSUNAGI_OWNER_CONNECTION"] = ConnectionAs(administratorConnection, PostgresRoles.Owner, _ownerPassword),
        ["TSUNAGI_MASTER_KEY"] = MasterKey,
        ["TSUNAGI_DATA"] = dataDirectory,
        ["TSUNAGI_BACKUP_DIR"] = null,
        [DemoPopulation.PercentSetting] = "0",

        // The drill provokes failed statements by design (lost races on the audit chain, a dead primary): its report says what happened.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
    };

    public string ApplicationConnection(string administratorConnection) => ConnectionAs(administratorConnection, PostgresRoles.Application, _appPassword);

    public async ValueTask DisposeAsync()
    {
        // Providers of a dead node are kept until the end: a writer may still be using one.
        foreach (var services in _built)
        {
            await services.DisposeAsync();
        }

        _built.Clear();
    }

    private static string ConnectionAs(string administratorConnection, string role, string password) =>
        new NpgsqlConnectionStringBuilder(administratorConnection)
        {
            Database = Database,
            Username = role,
            Password = password,
            Timeout = 5,
        }.ConnectionString;
}
