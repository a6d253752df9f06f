using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>
/// Turns the block flow into one stream of slices and sets the rules between them: the larger of two
/// neighbours' spacing, no break after a heading (keep-with-next), forced breaks, spacers, and
/// keep-together groups (no break inside when the group fits on a page), and the first of several
/// choices that fits a page. Slices are made as the
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
        FirstThatFits choices => AppendFirstFitting(choices, blockIndex),
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
        return Height(slices, slices.Count) > context.Height ? slices : Forbid(slices, slices.Count);
    }

    /// <summary>
    /// Each choice but the last is measured whole (covers are small); the first whose part before its
    /// first forced break fits a page is kept, with every break in that part forbidden. A choice that
    /// does not fit leaves no trace: the flow's state and the anchors it declared are restored.
    /// </summary>
    private List<Slice> AppendFirstFitting(FirstThatFits choices, int blockIndex)
    {
        for (var c = 0; c < choices.Choices.Count; c++)
        {
            var state = (spaceAfter, keepWithNext, forceBreak);
            var anchors = context.Anchors.Count;
            var slices = choices.Choices[c].SelectMany(block => Append(block, blockIndex)).ToList();
            if (c == choices.Choices.Count - 1)
                return slices;
            var page = slices.Count > 0 && slices.FindIndex(1, s => s.BreakBefore == BreakRule.Forced) is var end and > 0 ? end : slices.Count;
            if (Height(slices, page) <= context.Height)
                return Forbid(slices, page);
            (spaceAfter, keepWithNext, forceBreak) = state;
            context.Anchors.ForgetAfter(anchors);
        }

        return [];
    }

    /// <summary>Height of the first <paramref name="count"/> slices stacked, the first one's space dropped.</summary>
    private static double Height(List<Slice> slices, int count) =>
        slices.Take(count).Select((s, i) => s.Height + (i == 0 ? 0 : s.SpaceBefore)).Sum();

    private static List<Slice> Forbid(List<Slice> slices, int count)
    {
        for (var i = 1; i < count; i++)
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
