namespace Tsunagi.Continuity.Tests.Infrastructure;

/// <summary>
/// A second host on another host's database file opened read-only (<c>Mode=ReadOnly</c>): the embedded stand-in for a database
/// that takes no writes. Tests run as root, so file permissions would not stop a write; the connection mode does.
/// </summary>
public sealed class ReadOnlyFactory(ContinuityFactory source) : ContinuityFactory
{
    protected override IReadOnlyDictionary<string, string?> Extra => new Dictionary<string, string?>
    {
        ["TSUNAGI_DATA"] = source.DataDirectory,
        ["TSUNAGI_CONNECTION"] = $"Data Source={Path.Combine(source.DataDirectory, "tsunagi.db")};Mode=ReadOnly;Pooling=True",
        ["TSUNAGI_BACKUP_DIR"] = null,
    };

    public override ValueTask InitializeAsync() => ValueTask.CompletedTask;
}
