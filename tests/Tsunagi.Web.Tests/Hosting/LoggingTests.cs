using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Hosting;

/// <summary>What staff type at sign-in (login ID, password) never reaches the logs, whatever the outcome.</summary>
public sealed class LoggingTests(LoggingTests.CapturingFactory factory) : IClassFixture<LoggingTests.CapturingFactory>
{
    private const string LoginIdNobodyHas = "yamada-hanako-secret-id";
    private const string WrongPassword = "never-log-this-password-7391";

    [Fact]
    public async Task Sign_in_attempts_leave_no_login_id_or_password_in_the_logs()
    {
        using var browser = new StaffBrowser(factory);
        using (await browser.LoginAsync("034614", LoginIdNobodyHas, WrongPassword))
        {
        }

        using (await browser.LoginAsync("034614", "clerk", WrongPassword))
        {
        }

        using (var success = await browser.LoginAsync("034614", "clerk", "clerk-034614-demo"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, success.StatusCode);
        }

        await browser.PageAsync("/");
        Assert.NotEmpty(factory.Messages);
        Assert.DoesNotContain(factory.Messages, m => m.Contains(LoginIdNobodyHas, StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Messages, m => m.Contains(WrongPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Messages, m => m.Contains("clerk-034614-demo", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Messages, m => m.Contains("窓口 花子", StringComparison.Ordinal));
    }

    /// <summary>The real host with every log message also kept in memory (at every level, to catch debug output too).</summary>
    public sealed class CapturingFactory : TsunagiFactory
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new CapturingProvider(Messages)).SetMinimumLevel(LogLevel.Trace));
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, messages);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
