using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>
/// Turns the block flow into one stream of slices and sets the rules between them: the larger of two
/// neighbours' spacing, no break after a heading (keep-with-next), forced breaks, spacers, and
/// keep-together groups (no break inside when the group fits on a page). Slices are made as the
/// paginator asks for them, block after block (a long table row after row).
/// </summary>
internal sealed class FlowBuilder(LayoutContext context, BlockLayouter layouter)
{
    private double spaceAfter;
    private bool keepWithNext;
    private bool forceBreak;

    public IEnumerable<Slice> Build(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            foreach (var slice in Append(blocks[i], i))
                yield return slice;
        }
    }

    private IEnumerable<Slice> Append(Block block, int blockIndex) => block switch
    {
        PageBreak => ForceBreak(),
        Spacer spacer => AppendSpacer(spacer, blockIndex),
        KeepTogether group => AppendGroup(group, blockIndex),
        _ => AppendMeasured(layouter.Layout(block), blockIndex),
    };

    private IEnumerable<Slice> ForceBreak()
    {
        forceBreak = true;
        return [];
    }

    private IEnumerable<Slice> AppendSpacer(Spacer spacer, int blockIndex)
    {
        if (!double.IsFinite(spacer.Height))
            throw new ArgumentException($"Spacer height must be a finite number of points (block {spacer.Origin ?? "without origin"}).");
        if (spacer.Height <= 0)
            return [];
        var slice = new Slice(spacer.Height, []) { BreakBefore = NextRule(BreakRule.Allowed), DropAtPageTop = true, BlockIndex = blockIndex };
        forceBreak = false;
        spaceAfter = 0;
        return [slice];
    }

    /// <summary>A group is measured whole (it is small) to know whether it fits on a page.</summary>
    private List<Slice> AppendGroup(KeepTogether group, int blockIndex)
    {
        var slices = group.Blocks.SelectMany(block => Append(block, blockIndex)).ToList();
        var height = slices.Select((s, i) => s.Height + (i == 0 ? 0 : s.SpaceBefore)).Sum();
        if (height > context.Height)
            return slices;
        for (var i = 1; i < slices.Count; i++)
        {
            if (slices[i].BreakBefore == BreakRule.Allowed)
                slices[i] = slices[i] with { BreakBefore = BreakRule.Forbidden };
        }

        return slices;
    }

    /// <summary>
    /// The block's slices, the first one taking the spacing and break rule from what came before. The
    /// flow's state changes only once the block has given a slice (an empty block leaves no trace).
    /// </summary>
    private IEnumerable<Slice> AppendMeasured(BlockSlices measured, int blockIndex)
    {
        var first = true;
        foreach (var next in measured.Slices)
        {
            var slice = next with { BlockIndex = blockIndex };
            if (first)
                slice = slice with { SpaceBefore = Math.Max(spaceAfter, measured.SpaceBefore), BreakBefore = NextRule(slice.BreakBefore) };
            first = false;
            yield return slice;
        }

        if (first)
            yield break;
        spaceAfter = measured.SpaceAfter;
        keepWithNext = measured.KeepWithNext;
        forceBreak = false;
    }

    /// <summary>The rule before the next block's first slice: a pending page break wins, then keep-with-next.</summary>
    private BreakRule NextRule(BreakRule own) =>
        forceBreak ? BreakRule.Forced : keepWithNext ? BreakRule.Forbidden : own;
}
