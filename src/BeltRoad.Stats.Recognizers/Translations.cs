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

    internal static bool IsFigure(Mention m) =>
        m.Value is not null && m.Time is null && m.Kind is MentionKind.Number or MentionKind.Quantity or MentionKind.Percent or MentionKind.PercentagePoints;
}

/// <summary>
/// The figures of the last block of Latin lines (consecutive English paragraphs) that the Chinese text right after it may
/// translate: those that are not themselves the translation of the Chinese text right before the block. Each is restated
/// once, by the first Chinese figure after the block of the same value and kind (a percentage, an amount of money, a count).
/// </summary>
internal sealed class LatinBlock
{
    private readonly List<Mention> figures = [];
    private int blockStart;
    private int lastEnd = -1;
    // Where the paragraph after the block ends: the Chinese figures past it are no translation of the block's.
    private int translatedEnd;
    // Where the Chinese text before the block starts: a Latin figure restating one from there translates it.
    private int chineseStart;

    /// <summary>Whether text other than blank space stands between the last Latin line and <paramref name="start"/>.</summary>
    public bool HasChineseBefore(string text, int start) =>
        lastEnd >= 0 && !text.AsSpan(lastEnd, start - lastEnd).IsWhiteSpace();

    /// <summary>A new block starts at <paramref name="start"/>: the previous one's figures are no longer translated.</summary>
    public void Start(int start)
    {
        figures.Clear();
        chineseStart = lastEnd < 0 ? 0 : lastEnd;
        blockStart = start;
    }

    public void Add(Mention latin)
    {
        if (Translations.IsFigure(latin) && !(latin.Restates is { } original && original >= chineseStart && original < blockStart))
        {
            figures.Add(latin);
        }
    }

    public void End(string text, int end)
    {
        lastEnd = end;
        translatedEnd = ParagraphAfter(text, end);
    }

    /// <summary>The Chinese mention, marked with the block's figure it translates when there is one.</summary>
    public Mention Mark(Mention chinese)
    {
        // Only the paragraph right after the block is its translation: a figure further on that happens to have the same
        // value is a figure of its own.
        if (!Translations.IsFigure(chinese) || chinese.Start >= translatedEnd)
        {
            return chinese;
        }

        for (var i = 0; i < figures.Count; i++)
        {
            var latin = figures[i];
            if (latin.Value == chinese.Value && latin.ValueHigh == chinese.ValueHigh && Dimension(latin) == Dimension(chinese))
            {
                figures.RemoveAt(i);
                return chinese with { Restates = latin.Start };
            }
        }

        return chinese;
    }

    // Where the paragraph after the block's last line ends: the first blank line after its first non-blank character.
    private static int ParagraphAfter(string text, int end)
    {
        var at = end;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        for (; at < text.Length; at++)
        {
            if (text[at] == '\n' && text.AsSpan(at + 1).TrimStart(" \t\u3000\r").StartsWith("\n"))
            {
                return at;
            }
        }

        return text.Length;
    }

    // A percentage, an amount of money or a count: a translation keeps the dimension, whatever words it counts in.
    private static int Dimension(Mention m) => m.Kind is MentionKind.Percent or MentionKind.PercentagePoints ? 1
        : m.Unit is MentionUnit.USD or MentionUnit.CNY or MentionUnit.EUR or MentionUnit.OtherCurrency ? 2 : 0;
}
