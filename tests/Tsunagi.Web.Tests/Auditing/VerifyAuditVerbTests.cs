using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Auditing;

/// <summary>
/// <c>verify-audit</c> run as the real executable (a child process) on a database the host seeded and
/// signed staff into; tampering is done with raw SQL on the file, as the database owner could.
/// </summary>
public sealed class VerifyAuditVerbTests
{
    [Fact]
    public async Task Verify_audit_exits_zero_when_every_chain_is_intact()
    {
        await using var factory = await SeededWithLoginsAsync();

        var (exitCode, output) = await RunVerifyAuditAsync(factory.DataDirectory);

        Assert.True(exitCode == 0, output);
        Assert.Contains("OK   034614", output, StringComparison.Ordinal);
        Assert.Contains("OK   035033", output, StringComparison.Ordinal);
        Assert.Contains("All audit chains intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_audit_fails_naming_the_tenant_and_sequence_of_an_altered_event()
    {
        await using var factory = await SeededWithLoginsAsync();
        Assert.Equal(1L, await SqlAsync(factory.DataDirectory, "update audit_events set actor_id = 'someone-else' where tenant_id = '034614' and sequence = 2; select changes()"));

        var (exitCode, output) = await RunVerifyAuditAsync(factory.DataDirectory);

        Assert.True(exitCode != 0, output);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("NG", StringComparison.Ordinal));
        Assert.Contains("034614", line, StringComparison.Ordinal);
        Assert.Contains("連番 2 で破損", line, StringComparison.Ordinal);
        Assert.Contains("chain broken at sequence 2 (hash-mismatch)", line, StringComparison.Ordinal);
        Assert.Contains("OK   035033", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_audit_fails_naming_a_removed_newest_event()
    {
        await using var factory = await SeededWithLoginsAsync();
        var newest = await SqlAsync(factory.DataDirectory, "select max(sequence) from audit_events where tenant_id = '035033'");
        Assert.Equal(1L, await SqlAsync(factory.DataDirectory, $"delete from audit_events where tenant_id = '035033' and sequence = {newest}; select changes()"));

        var (exitCode, output) = await RunVerifyAuditAsync(factory.DataDirectory);

        Assert.True(exitCode != 0, output);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("NG", StringComparison.Ordinal));
        Assert.Contains("035033", line, StringComparison.Ordinal);
        Assert.Contains($"chain broken at sequence {newest} (missing-after-last)", line, StringComparison.Ordinal);
    }

    /// <summary>A fresh seeded host where two towns' staff signed in through the login form.</summary>
    private static async Task<TsunagiFactory> SeededWithLoginsAsync()
    {
        var factory = new TsunagiFactory();
        await factory.InitializeAsync();
        var login = new AuditTestLogin(factory);
        await login.AsAsync("034614", "clerk");
        await login.AsAsync("034614", "auditor");
        await login.AsAsync("035033", "admin");
        return factory;
    }

    /// <summary>Runs SQL on the database file directly, bypassing the application; returns the last statement's value.</summary>
    private static async Task<object?> SqlAsync(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "tsunagi.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL written by the tests themselves.
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<(int ExitCode, string Output)> RunVerifyAuditAsync(string dataDirectory)
    {
        var dll = WebDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("verify-audit");
        foreach (var name in new[] { "TSUNAGI_CONNECTION", "TSUNAGI_OWNER_CONNECTION", "TSUNAGI_KEYS" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["TSUNAGI_DB"] = "sqlite";
        start.Environment["TSUNAGI_DATA"] = dataDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Tsunagi.Web.dll built in the same configuration as these tests (test.sh builds Release, local runs Debug).</summary>
    private static string WebDll()
    {
        var configuration = typeof(VerifyAuditVerbTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepositoryRoot.Path, "src", "Tsunagi.Web", "bin", configuration, "net10.0", "Tsunagi.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution in {configuration} first.");
        return dll;
    }
}
