using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Security;

/// <summary>
/// Finds the master key: TSUNAGI_MASTER_KEY (base64 of 32 bytes) when set. Only the SQLite demo mode
/// may do without it: a key is then generated once into <c>TSUNAGI_DATA/keys/master.key</c> (owner
/// read/write only) and a warning is logged at every start. PostgreSQL deployments must configure it.
/// See ADR 0008.
/// </summary>
public static class MasterKeyLoader
{
    public const string Setting = "TSUNAGI_MASTER_KEY";

    public const string FileName = "master.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static MasterKey Load(IConfiguration configuration, DatabaseSettings database, ILogger logger)
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            return MasterKey.FromBase64(configured);
        }

        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"TSUNAGI_DB=postgres には {Setting}（32 バイトの base64）が必要です。 / {Setting} (base64 of 32 bytes) is required with TSUNAGI_DB=postgres.");
        }

        var path = Path.Combine(database.DataDirectory, "keys", FileName);
        var key = File.Exists(path) ? MasterKey.FromBase64(File.ReadAllText(path)) : Generate(path);
        logger.LogWarning(
            "{Setting} is not set: personal data is encrypted with the generated master key in {Path}. Fine for the SQLite demo; set {Setting} anywhere else and keep it apart from the data.",
            Setting,
            path,
            Setting);
        return key;
    }

    private static MasterKey Generate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(MasterKey.KeySize);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: both must use that one.
            return MasterKey.FromBase64(File.ReadAllText(path));
        }

        return new MasterKey(key);
    }
}
