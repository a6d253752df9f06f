namespace Reports.Text;

/// <summary>A face whose licence forbids embedding it in a document: its file, face index and OS/2 fsType.</summary>
public sealed record RestrictedFont(string Path, int Index, ushort FsType);
