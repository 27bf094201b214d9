using System.CommandLine;
using Npgsql;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Cli;

/// <summary>
/// Prepares a PostgreSQL server: the roles tsunagi_owner and tsunagi_app and a database owned by the
/// former. Idempotent (run again to change a password). Passwords come from the environment or from
/// standard input and are never printed; the connection strings it prints carry no password.
/// </summary>
public static class InitPostgresVerb
{
    public const string AdminConnectionVariable = "TSUNAGI_ADMIN_CONNECTION";
    public const string OwnerPasswordVariable = "TSUNAGI_OWNER_PASSWORD";
    public const string AppPasswordVariable = "TSUNAGI_APP_PASSWORD";

    public static Command Create()
    {
        var adminConnection = new Option<string>("--admin-connection")
        {
            Description = $"管理者（スーパーユーザーまたは CREATEROLE と CREATEDB を持つロール）の接続文字列。省略時は環境変数 {AdminConnectionVariable} / administrator connection string",
        };
        var database = new Option<string>("--database")
        {
            Description = "作成するデータベース名 / database to create",
            DefaultValueFactory = _ => "tsunagi",
        };
        var passwordsStdin = new Option<bool>("--passwords-stdin")
        {
            Description = $"パスワードを標準入力から読む（1 行目 tsunagi_owner、2 行目 tsunagi_app）。省略時は環境変数 {OwnerPasswordVariable} と {AppPasswordVariable} / read the two passwords from standard input",
        };
        var command = new Command("init-postgres", "PostgreSQL にロール tsunagi_owner・tsunagi_app とデータベースを作成します（何度実行しても同じ結果）。 / Creates the PostgreSQL roles and database (idempotent).")
        {
            adminConnection, database, passwordsStdin,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(adminConnection) ?? Environment.GetEnvironmentVariable(AdminConnectionVariable),
            parse.GetValue(database)!,
            parse.GetValue(passwordsStdin),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? adminConnection, string database, bool passwordsFromStdin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(adminConnection))
        {
            return await FailAsync($"--admin-connection または環境変数 {AdminConnectionVariable} に管理者の接続文字列を指定してください。 / The administrator connection string is required (--admin-connection or {AdminConnectionVariable}).", 2);
        }

        if (!PostgresProvisioner.IsValidDatabaseName(database))
        {
            return await FailAsync($"--database の値 '{database}' は使えません（英小文字・数字・_ で 63 文字まで）。 / --database must be lower-case letters, digits and _ (at most 63).", 2);
        }

        string? ownerPassword;
        string? appPassword;
        if (passwordsFromStdin)
        {
            ownerPassword = await Console.In.ReadLineAsync(cancellationToken);
            appPassword = await Console.In.ReadLineAsync(cancellationToken);
        }
        else
        {
            ownerPassword = Environment.GetEnvironmentVariable(OwnerPasswordVariable);
            appPassword = Environment.GetEnvironmentVariable(AppPasswordVariable);
        }

        var source = passwordsFromStdin ? "標準入力 / standard input" : $"{OwnerPasswordVariable}, {AppPasswordVariable}";
        if (PasswordProblem(ownerPassword) is { } ownerProblem)
        {
            return await FailAsync($"tsunagi_owner のパスワード（{source}）: {ownerProblem}", 2);
        }

        if (PasswordProblem(appPassword) is { } appProblem)
        {
            return await FailAsync($"tsunagi_app のパスワード（{source}）: {appProblem}", 2);
        }

        try
        {
            var admin = new NpgsqlConnectionStringBuilder(adminConnection);
            await PostgresProvisioner.EnsureRolesAsync(admin.ConnectionString, ownerPassword!, appPassword!, cancellationToken);
            await PostgresProvisioner.EnsureDatabaseAsync(admin.ConnectionString, database, cancellationToken);
            Console.WriteLine($"ロール {PostgresRoles.Owner}・{PostgresRoles.Application} とデータベース {database} を用意しました。 / Roles and database ready.");
            Console.WriteLine("次に移行を実行します / Next, migrate:");
            Console.WriteLine($"  TSUNAGI_DB=postgres TSUNAGI_CONNECTION='{Template(admin, database, PostgresRoles.Application)}' TSUNAGI_OWNER_CONNECTION='{Template(admin, database, PostgresRoles.Owner)}' ./tsunagi migrate");
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return await FailAsync($"PostgreSQL を準備できませんでした: {ex.Message} / Could not prepare PostgreSQL.", 1);
        }
    }

    private static string? PasswordProblem(string? password) =>
        string.IsNullOrWhiteSpace(password) ? "指定されていません。 / missing."
        : password.Length < 12 ? "12 文字以上にしてください。 / must be at least 12 characters."
        : null;

    private static string Template(NpgsqlConnectionStringBuilder admin, string database, string role) =>
        $"Host={admin.Host};Port={admin.Port};Database={database};Username={role};Password=…";

    private static async Task<int> FailAsync(string message, int exitCode)
    {
        await Console.Error.WriteLineAsync($"エラー / Error: {message}");
        return exitCode;
    }
}
