namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// The figures of a Chinese page's own lines, by value, so that a figure of its Latin lines with the same value is known
/// for the translation it is (a bilingual page says each figure twice, the Chinese first). Each figure is restated at most
/// once, by the nearest one before it.
/// </summary>
internal sealed class Translations
{
    private readonly Dictionary<(decimal Value, decimal? High), List<int>> byValue = [];

    public void Add(Mention mention)
    {
        if (IsFigure(mention))
        {
            var key = (mention.Value!.Value, mention.ValueHigh);
            if (!byValue.TryGetValue(key, out var starts))
            {
                byValue[key] = starts = [];
            }

            starts.Add(mention.Start);
        }
    }

    /// <summary>The mention, marked with the figure it restates when one of the same value came before.</summary>
    public Mention Mark(Mention mention)
    {
        if (!IsFigure(mention) || !byValue.TryGetValue((mention.Value!.Value, mention.ValueHigh), out var starts) || starts.Count == 0)
        {
            return mention;
        }

        var original = starts[^1];
        starts.RemoveAt(starts.Count - 1);
        return mention with { Restates = original };
    }

    private static bool IsFigure(Mention m) =>
        m.Value is not null && m.Time is null && m.Kind is MentionKind.Number or MentionKind.Quantity or MentionKind.Percent or MentionKind.PercentagePoints;
}
