using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;

namespace Tsunagi.Platform.Tests.Security;

public sealed class MasterKeyLoaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tsunagi-platform-tests", Guid.CreateVersion7().ToString("N"));
    private readonly WarningCounter _logger = new();

    private string KeyFile => Path.Combine(_directory, "keys", MasterKeyLoader.FileName);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_configured_key_is_used_and_no_key_file_is_written()
    {
        var configured = RandomNumberGenerator.GetBytes(MasterKey.KeySize);
        var key = Load(DatabaseProvider.Sqlite, Convert.ToBase64String(configured));

        var dataKey = RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize);
        Assert.Equal(dataKey, new MasterKey(configured).Unwrap(TestKeys.Otsuchi, 1, key.Wrap(TestKeys.Otsuchi, 1, dataKey)));
        Assert.False(File.Exists(KeyFile));
        Assert.Equal(0, _logger.Warnings);
    }

    [Fact]
    public void Without_a_configured_key_sqlite_generates_one_private_key_file_once_and_warns()
    {
        var first = Load(DatabaseProvider.Sqlite, configured: null);
        var wrapped = first.Wrap(TestKeys.Otsuchi, 1, new byte[DataKeyMaterial.KeySize]);
        var written = File.ReadAllText(KeyFile);

        var second = Load(DatabaseProvider.Sqlite, configured: null);

        Assert.Equal(new byte[DataKeyMaterial.KeySize], second.Unwrap(TestKeys.Otsuchi, 1, wrapped));
        Assert.Equal(written, File.ReadAllText(KeyFile));
        Assert.Equal(MasterKey.KeySize, Convert.FromBase64String(written).Length);
        Assert.Equal(2, _logger.Warnings);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }
    }

    [Fact]
    public void Without_a_configured_key_postgres_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(DatabaseProvider.Postgres, configured: null));

        Assert.Contains(MasterKeyLoader.Setting, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyFile));
    }

    private MasterKey Load(DatabaseProvider provider, string? configured)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [MasterKeyLoader.Setting] = configured })
            .Build();
        return MasterKeyLoader.Load(configuration, new DatabaseSettings(provider, "Data Source=unused", null, _directory), _logger);
    }

    private sealed class WarningCounter : ILogger
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings++;
            }
        }
    }
}
