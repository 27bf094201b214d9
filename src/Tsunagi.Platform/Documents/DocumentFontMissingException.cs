namespace Tsunagi.Platform.Documents;

/// <summary>A font file needed to print documents is not installed; the message names the file and the Debian package.</summary>
public sealed class DocumentFontMissingException : Exception
{
    public DocumentFontMissingException()
    {
    }

    public DocumentFontMissingException(string message)
        : base(message)
    {
    }

    public DocumentFontMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static DocumentFontMissingException For(string path, string package) =>
        new($"帳票用フォントがありません：{path}（{package} をインストールしてください。scripts/ensure-deps.sh run） / "
            + $"Document font missing: {path} (install the Debian package {package}; scripts/ensure-deps.sh run does it)");
}
