namespace Tsunagi.Platform.Documents;

/// <summary>Where the Debian packages fonts-ipaexfont and fonts-ipamj-mincho install the fonts (scripts/ensure-deps.sh installs them).</summary>
public sealed record DocumentFontPaths(string IpaexMincho, string IpaexGothic, string IpamjMincho)
{
    public static DocumentFontPaths Debian { get; } = new(
        "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
        "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
        "/usr/share/fonts/truetype/ipamj/ipamjm.ttf");
}
