using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.IndividualNumberReveal;

/// <summary>After registering, searching and revealing a 個人番号, it is in clear neither in the SQLite files nor in any log message.</summary>
public sealed class IndividualNumberAtRestTests(IndividualNumberAtRestTests.CapturingFactory factory) : IClassFixture<IndividualNumberAtRestTests.CapturingFactory>
{
    private const string Number = "123456789018";

    [Fact]
    public async Task The_number_is_never_in_clear_in_the_database_file_or_the_logs()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "２０番地", RegisterSeed.Person("保管", "一", "ホカン", "ハジメ", individualNumber: Number));
        using var browser = await Staff.ClerkAsync(factory);
        using (await browser.SubmitAsync("/residents", "number-search", ("Input.IndividualNumber", Number)))
        {
        }

        using (var revealed = await browser.SubmitAsync($"/residents/{ids[0]}/individual-number", "reveal", ("Input.Purpose", "notification")))
        {
            Assert.Contains(Number, await revealed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        foreach (var file in new[] { "tsunagi.db", "tsunagi.db-wal" }.Select(f => Path.Combine(factory.DataDirectory, f)).Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Number)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(Number)));
        }

        Assert.NotEmpty(factory.Messages);
        Assert.DoesNotContain(factory.Messages, m => m.Contains(Number, StringComparison.Ordinal));
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }

    /// <summary>The real host with every log message at every level also kept in memory.</summary>
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
