using System.Runtime.InteropServices;

namespace Tsunagi.Platform.Documents;

/// <summary>
/// The HarfBuzz subsetter (hb-subset) is exported by the native library of HarfBuzzSharp.NativeAssets.Linux but has no
/// managed wrapper, so it is called directly. Signatures follow hb-subset.h, hb-set.h, hb-blob.h and hb-face.h.
/// </summary>
internal static partial class HarfBuzzNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_subset_flags_t: drop hinting instructions (fpgm, prep, cvt and per-glyph instructions).</summary>
    public const uint SubsetFlagsNoHinting = 0x1;

    /// <summary>hb_subset_sets_t: table tags to drop from the subset.</summary>
    public const int SubsetSetsDropTableTag = 3;

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr SubsetInputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void SubsetInputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial IntPtr SubsetInputUnicodeSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial IntPtr SubsetInputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void SubsetInputSetFlags(IntPtr input, uint flags);

    /// <summary>A copy of the face with the subsetter's lookups precomputed, for repeated subsetting (hb-subset.h, HarfBuzz ≥ 6).</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_preprocess")]
    public static partial IntPtr SubsetPreprocess(IntPtr sourceFace);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial IntPtr SubsetOrFail(IntPtr sourceFace, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_collect_unicodes")]
    public static partial void FaceCollectUnicodes(IntPtr face, IntPtr set);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(Library, EntryPoint = "hb_set_create")]
    public static partial IntPtr SetCreate();

    [LibraryImport(Library, EntryPoint = "hb_set_destroy")]
    public static partial void SetDestroy(IntPtr set);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_set_has")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool SetHas(IntPtr set, uint codepoint);

    public static uint Tag(string tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);
}
