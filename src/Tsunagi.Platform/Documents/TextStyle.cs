namespace Tsunagi.Platform.Documents;

/// <summary>Face and size in points; body text of a certificate is 明朝 10.5 pt.</summary>
public sealed record TextStyle(FontFace Face, float Size)
{
    public static TextStyle Body { get; } = new(FontFace.Mincho, 10.5f);

    public static TextStyle Heading { get; } = new(FontFace.Gothic, 16f);

    public static TextStyle Small { get; } = new(FontFace.Mincho, 9f);
}
