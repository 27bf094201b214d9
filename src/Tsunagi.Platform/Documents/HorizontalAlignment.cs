namespace Tsunagi.Platform.Documents;

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
