namespace Reports.Layout.Structure;

/// <summary>
/// One element of the document's logical structure, which layout carries onto the boxes it places
/// (<see cref="Paging.PlacedBox.Node"/>): a box belongs to the innermost element that holds it (a table
/// cell, a paragraph, a link), and the element's <see cref="Parent"/> chain leads to a top-level element.
/// A box without a node is decoration (an artifact: rules, backgrounds, running header and footer).
/// </summary>
/// <remarks>
/// A class, not a record: two paragraphs with the same role are two elements, so nodes are told apart by
/// identity (a record's value equality would merge them). Immutable once made.
/// </remarks>
public sealed class StructureNode
{
    public StructureNode(StructureRole role, StructureNode? parent = null, int level = 0)
    {
        Role = role;
        Parent = parent;
        Level = level;
    }

    public StructureRole Role { get; }

    /// <summary>The element this one sits in; null for a top-level element (a child of the document).</summary>
    public StructureNode? Parent { get; }

    /// <summary>A heading's level (1–3, as the document gives it); 0 for other roles.</summary>
    public int Level { get; }

    /// <summary>A new element of <paramref name="role"/> inside this one.</summary>
    public StructureNode Child(StructureRole role) => new(role, this);

    public override string ToString() => Level > 0 ? $"{Role}{Level}" : Role.ToString();
}
