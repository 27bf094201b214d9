using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Cli;

/// <summary>Verbs that write data first bring the schema up to date where they may, or stop with a clear message.</summary>
public static class PendingMigrations
{
    public static async Task ApplyOrRefuseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        if (settings.Provider == DatabaseProvider.Sqlite || settings.OwnerConnectionString is not null)
        {
            await migrator.MigrateAsync(cancellationToken);
            return;
        }

        if ((await migrator.PendingMigrationsAsync(cancellationToken)).Count > 0)
        {
            throw new InvalidOperationException("データベースが最新ではありません。先に ./tsunagi migrate を実行してください。 / The database has pending migrations; run ./tsunagi migrate first.");
        }
    }
}
