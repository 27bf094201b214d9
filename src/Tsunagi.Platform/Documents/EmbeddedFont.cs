namespace Tsunagi.Platform.Documents;

/// <summary>A font file as it is embedded: which of the three IPA fonts a glyph came from.</summary>
internal enum EmbeddedFont
{
    IpaexMincho,
    IpaexGothic,
    IpamjMincho,
}
