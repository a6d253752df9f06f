using System.Runtime.InteropServices;

namespace Reports.Text;

/// <summary>
/// The HarfBuzz subsetter. libHarfBuzzSharp (shipped by HarfBuzzSharp.NativeAssets.*) exports it but
/// the managed wrapper does not wrap it, so we bind the few functions we need.
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: hinting is useless in a PDF and is half of a font's size.</summary>
    public const uint NoHinting = 0x1;

    private const string Library = "libHarfBuzzSharp";

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial IntPtr InputUnicodeSet(IntPtr input);

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

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);
}
