using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Tsunagi.Platform.Documents;

/// <summary>
/// One installed font file, memory-mapped by HarfBuzz, with the set of code points it maps. Cuts a subset holding
/// exactly the code points a document uses: the PDF then carries kilobytes instead of the whole 6–46 MB file, and
/// its cmap (from which the PDF's ToUnicode is derived) lists no other character sharing a glyph, such as a CJK
/// radical, so text extracted from the PDF is the text that was stored.
/// </summary>
internal sealed class SourceFont : IDisposable
{
    // Layout, vertical metrics and colour/bitmap tables are not needed for horizontal text drawn by cmap glyphs.
    private static readonly string[] DroppedTables =
        ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "EBDT", "EBLC", "EBSC", "mort", "morx", "kern", "gasp", "DSIG"];

    private readonly Blob blob;
    private readonly Face face;
    private readonly IntPtr unicodes;

    // Every document cuts a subset of the same few faces: precomputing the subsetter's tables once makes each cut
    // several times cheaper (measured in docs/benchmarks/certificates.md).
    private readonly IntPtr preprocessed;

    public SourceFont(EmbeddedFont font, string path)
    {
        Font = font;
        blob = Blob.FromFile(path);
        face = new Face(blob, 0);
        unicodes = HarfBuzzNative.SetCreate();
        HarfBuzzNative.FaceCollectUnicodes(face.Handle, unicodes);
        preprocessed = HarfBuzzNative.SubsetPreprocess(face.Handle);
    }

    public EmbeddedFont Font { get; }

    public bool Has(int codePoint) => HarfBuzzNative.SetHas(unicodes, (uint)codePoint);

    public byte[] Subset(IEnumerable<int> codePoints)
    {
        var input = HarfBuzzNative.SubsetInputCreate();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        }

        try
        {
            var set = HarfBuzzNative.SubsetInputUnicodeSet(input);
            foreach (var codePoint in codePoints)
            {
                HarfBuzzNative.SetAdd(set, (uint)codePoint);
            }

            var drop = HarfBuzzNative.SubsetInputSet(input, HarfBuzzNative.SubsetSetsDropTableTag);
            foreach (var tag in DroppedTables)
            {
                HarfBuzzNative.SetAdd(drop, HarfBuzzNative.Tag(tag));
            }

            HarfBuzzNative.SubsetInputSetFlags(input, HarfBuzzNative.SubsetFlagsNoHinting);
            return Bytes(HarfBuzzNative.SubsetOrFail(preprocessed, input));
        }
        finally
        {
            HarfBuzzNative.SubsetInputDestroy(input);
        }
    }

    private static byte[] Bytes(IntPtr subsetFace)
    {
        if (subsetFace == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not subset a document font.");
        }

        var subsetBlob = HarfBuzzNative.FaceReferenceBlob(subsetFace);
        try
        {
            var data = HarfBuzzNative.BlobGetData(subsetBlob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            HarfBuzzNative.BlobDestroy(subsetBlob);
            HarfBuzzNative.FaceDestroy(subsetFace);
        }
    }

    public void Dispose()
    {
        HarfBuzzNative.SetDestroy(unicodes);
        HarfBuzzNative.FaceDestroy(preprocessed);
        face.Dispose();
        blob.Dispose();
    }
}
