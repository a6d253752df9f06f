using System.Runtime.InteropServices;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// HarfBuzz's subsetter. libHarfBuzzSharp (HarfBuzzSharp.NativeAssets.*) exports it but the managed
/// wrapper does not wrap it, so the few functions needed are bound here.
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: hinting is useless in a PDF and is half of a font's size.</summary>
    public const uint NoHinting = 0x1;

    /// <summary>HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE: keep only the glyphs asked for, not every form GSUB can reach from them.</summary>
    public const uint NoLayoutClosure = 0x200;

    /// <summary>HB_SUBSET_SETS_GLYPH_INDEX.</summary>
    public const int GlyphIndexSet = 0;

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    public const int DropTableSet = 3;

    /// <summary>HB_MEMORY_MODE_READONLY: HarfBuzz reads the caller's (pinned) bytes without copying them.</summary>
    public const int ReadOnlyMemory = 1;

    public const uint InvalidGlyph = uint.MaxValue;

    private const string Library = "libHarfBuzzSharp";

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    public static partial IntPtr BlobCreate(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    public static partial IntPtr FaceCreate(IntPtr blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial IntPtr InputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint value);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_create_or_fail")]
    public static partial IntPtr PlanCreate(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_destroy")]
    public static partial void PlanDestroy(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_old_to_new_glyph_mapping")]
    public static partial IntPtr PlanOldToNewGlyphs(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_execute_or_fail")]
    public static partial IntPtr PlanExecute(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_map_get")]
    public static partial uint MapGet(IntPtr map, uint key);

    /// <summary>An OpenType tag as HarfBuzz packs it (big-endian ASCII).</summary>
    public static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}
