using Reports.PdfWriter.Content;
using Reports.PdfWriter.Validation;
using Reports.PdfWriter.Writing;
using Reports.Shared;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// The faces a document uses, in the order they were first drawn (so resource names and objects are
/// deterministic). A face that cannot be embedded is a problem, reported once; its runs are not drawn.
/// </summary>
internal sealed class FontRegistry(PdfOutput output, Problems problems)
{
    private readonly Dictionary<FontFace, EmbeddedFont?> faces = [];
    private readonly List<EmbeddedFont> fonts = [];

    /// <summary>The face of the last run: runs of one face come in long stretches, and this skips hashing its path.</summary>
    private EmbeddedFont? last;

    public IReadOnlyList<EmbeddedFont> Fonts => fonts;

    public EmbeddedFont? Use(FontFace face, string where)
    {
        if (ReferenceEquals(face, last?.Face))
            return last;
        if (!faces.TryGetValue(face, out var font))
        {
            font = Load(face, where);
            faces[face] = font;
            if (font is not null)
                fonts.Add(font);
        }

        last = font;
        return font;
    }

    private EmbeddedFont? Load(FontFace face, string where)
    {
        FaceInfo info;
        OpenTypeFace file;
        try
        {
            file = OpenTypeFace.Read(MappedFile.Open(face.Path).Bytes, face.Index);
            info = FaceInfo.Read(file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            problems.Add(Violation.UnsupportedFont, where, $"the font {face} cannot be read ({e.Message}); give a TrueType or OpenType file");
            return null;
        }

        if (info.Outlines == OutlineKind.Unsupported)
        {
            problems.Add(Violation.UnsupportedFont, where, $"the font {face} has neither TrueType (glyf) nor CFF outlines; PDF 1.7 can embed only those (CFF2 and bitmap fonts cannot be)");
            return null;
        }

        if (info.EmbeddingRestricted)
        {
            problems.Add(Violation.RestrictedFont, where, $"the licence of {face} forbids embedding (OS/2 fsType {info.EmbeddingFlags:X4}); use a font that allows it");
            return null;
        }

        return new EmbeddedFont(face, $"F{fonts.Count + 1}", output.Reserve(), file, info);
    }
}
