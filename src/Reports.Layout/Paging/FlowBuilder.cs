using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>
/// Turns the block flow into one list of slices and sets the rules between them: the larger of two
/// neighbours' spacing, no break after a heading (keep-with-next), forced breaks, spacers, and
/// keep-together groups (no break inside when the group fits on a page).
/// </summary>
internal sealed class FlowBuilder(LayoutContext context, BlockLayouter layouter)
{
    private readonly List<Slice> slices = [];
    private double spaceAfter;
    private bool keepWithNext;
    private bool forceBreak;

    public List<Slice> Build(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
            Append(blocks[i], i);
        return slices;
    }

    private void Append(Block block, int blockIndex)
    {
        switch (block)
        {
            case PageBreak:
                forceBreak = true;
                break;
            case Spacer spacer:
                AppendSpacer(spacer, blockIndex);
                break;
            case KeepTogether group:
                AppendGroup(group, blockIndex);
                break;
            default:
                AppendMeasured(layouter.Layout(block), blockIndex);
                break;
        }
    }

    private void AppendSpacer(Spacer spacer, int blockIndex)
    {
        if (!double.IsFinite(spacer.Height))
            throw new ArgumentException($"Spacer height must be a finite number of points (block {spacer.Origin ?? "without origin"}).");
        if (spacer.Height <= 0)
            return;
        slices.Add(new Slice(spacer.Height, []) { BreakBefore = NextRule(BreakRule.Allowed), DropAtPageTop = true, BlockIndex = blockIndex });
        forceBreak = false;
        spaceAfter = 0;
    }

    private void AppendGroup(KeepTogether group, int blockIndex)
    {
        var first = slices.Count;
        foreach (var block in group.Blocks)
            Append(block, blockIndex);
        var height = slices.Skip(first).Select((s, i) => s.Height + (i == 0 ? 0 : s.SpaceBefore)).Sum();
        if (height > context.Height)
            return;
        for (var i = first + 1; i < slices.Count; i++)
        {
            if (slices[i].BreakBefore == BreakRule.Allowed)
                slices[i] = slices[i] with { BreakBefore = BreakRule.Forbidden };
        }
    }

    private void AppendMeasured(BlockSlices measured, int blockIndex)
    {
        if (measured.Slices.Count == 0)
            return;
        for (var i = 0; i < measured.Slices.Count; i++)
        {
            var slice = measured.Slices[i] with { BlockIndex = blockIndex };
            if (i == 0)
                slice = slice with { SpaceBefore = Math.Max(spaceAfter, measured.SpaceBefore), BreakBefore = NextRule(slice.BreakBefore) };
            slices.Add(slice);
        }

        spaceAfter = measured.SpaceAfter;
        keepWithNext = measured.KeepWithNext;
        forceBreak = false;
    }

    /// <summary>The rule before the next block's first slice: a pending page break wins, then keep-with-next.</summary>
    private BreakRule NextRule(BreakRule own) =>
        forceBreak ? BreakRule.Forced : keepWithNext ? BreakRule.Forbidden : own;
}
