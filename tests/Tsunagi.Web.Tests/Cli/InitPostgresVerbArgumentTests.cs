using Tsunagi.Testing;
using Tsunagi.Web.Cli;

namespace Tsunagi.Web.Tests.Cli;

/// <summary>Argument errors of init-postgres, found before any server is contacted.</summary>
public sealed class InitPostgresVerbArgumentTests
{
    [Fact]
    public async Task Without_an_administrator_connection_it_exits_2_naming_the_option_and_the_variable()
    {
        using var console = await ConsoleCapture.StartAsync();

        var exit = await CliApplication.RunAsync(["init-postgres", "--database", "tsunagi"]);

        Assert.Equal(2, exit);
        Assert.Contains("--admin-connection", console.Error, StringComparison.Ordinal);
        Assert.Contains("TSUNAGI_ADMIN_CONNECTION", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_name_that_needs_quoting_is_refused_naming_the_option()
    {
        using var console = await ConsoleCapture.StartAsync();

        var exit = await CliApplication.RunAsync(["init-postgres", "--admin-connection", "Host=127.0.0.1;Port=1", "--database", "Tsunagi; drop"]);

        Assert.Equal(2, exit);
        Assert.Contains("--database", console.Error, StringComparison.Ordinal);
    }
}
