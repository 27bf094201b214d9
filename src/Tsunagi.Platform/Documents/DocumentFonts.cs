namespace Tsunagi.Platform.Documents;

/// <summary>
/// The three IPA fonts documents are printed with, opened once per process (register as a singleton). Which font
/// draws a character: the IPAex face asked for if it has the character, else IPAmj明朝 (about 60,000 characters of
/// 文字情報基盤, names such as 𠮷野), else the IPAex face, which prints its missing-glyph box.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private readonly SourceFont ipaexMincho;
    private readonly SourceFont ipaexGothic;
    private readonly SourceFont ipamjMincho;

    public DocumentFonts(DocumentFontPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Require(paths.IpaexMincho, "fonts-ipaexfont");
        Require(paths.IpaexGothic, "fonts-ipaexfont");
        Require(paths.IpamjMincho, "fonts-ipamj-mincho");
        ipaexMincho = new SourceFont(EmbeddedFont.IpaexMincho, paths.IpaexMincho);
        ipaexGothic = new SourceFont(EmbeddedFont.IpaexGothic, paths.IpaexGothic);
        ipamjMincho = new SourceFont(EmbeddedFont.IpamjMincho, paths.IpamjMincho);
    }

    internal EmbeddedFont Choose(FontFace face, int codePoint)
    {
        var primary = face == FontFace.Gothic ? ipaexGothic : ipaexMincho;
        if (primary.Has(codePoint) || !ipamjMincho.Has(codePoint))
        {
            return primary.Font;
        }

        return EmbeddedFont.IpamjMincho;
    }

    internal bool CanPrint(int codePoint) => ipaexMincho.Has(codePoint) || ipamjMincho.Has(codePoint);

    internal byte[] Subset(EmbeddedFont font, IEnumerable<int> codePoints) => Source(font).Subset(codePoints);

    private SourceFont Source(EmbeddedFont font) => font switch
    {
        EmbeddedFont.IpaexMincho => ipaexMincho,
        EmbeddedFont.IpaexGothic => ipaexGothic,
        _ => ipamjMincho,
    };

    private static void Require(string path, string package)
    {
        if (!File.Exists(path))
        {
            throw DocumentFontMissingException.For(path, package);
        }
    }

    public void Dispose()
    {
        ipaexMincho.Dispose();
        ipaexGothic.Dispose();
        ipamjMincho.Dispose();
    }
}
