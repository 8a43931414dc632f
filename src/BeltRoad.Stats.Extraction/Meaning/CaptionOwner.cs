using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Table 2: Largest changes in China's engagement, 2023 compared with 2022" over "Country | Change" and "South Korea |
/// +577%": a table whose caption names its measure's owner by a possessive (a catalogued country or group before
/// possessives) lists places where the owner's figures fell, each row's place a partner, not the actor: the rows' figures
/// are the owner's.
/// </summary>
internal static class CaptionOwner
{
    // How far above a table's header its caption may stand (blank lines skipped), and how long a caption may be.
    private const int MaxLinesAbove = 3;
    private const int MaxCaptionLength = 160;

    internal static string? Of(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        if (TableLine.Header(text, figure.Mention.Start) is not { } found || !RowNamesPlace(figure, finder))
        {
            return null;
        }

        // "Table 2: Largest changes in …" reads as a row of two cells over "Country | Change": the header found may be the
        // caption itself, else the caption is the first line above it.
        var line = found.Line;
        if (Owner(text, line.Start, line.End, finder) is { } owner)
        {
            return owner;
        }

        for (var k = 0; k < MaxLinesAbove && line.Start > 0; k++)
        {
            line = TableLine.Around(text, line.Start - 1);
            var span = text.AsSpan(line.Start, line.End - line.Start);
            if (!span.IsWhiteSpace())
            {
                // A caption is a line of its own, not a paragraph that happens to stand above the table.
                return span.Length <= MaxCaptionLength ? Owner(text, line.Start, line.End, finder) : null;
            }
        }

        return null;
    }

    // The row's first cell holds a catalogued country, group or place (not a sector or a company).
    private static bool RowNamesPlace(FigureContext figure, NameFinder finder)
    {
        var (start, _) = TableLine.Around(figure.Text, figure.Mention.Start);
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= start && names[k].End <= figure.Mention.Start
                && names[k].Kind is EntityKind.Country or EntityKind.CountryGroup or EntityKind.Place or EntityKind.Region)
            {
                return true;
            }
        }

        return false;
    }

    // The catalogued country or group the caption in [start, end) names with a possessive right after it ("China's", "the
    // EU’s"), the names read as everywhere else (NameFinder.Find); null where none is so named.
    private static string? Owner(string text, int start, int end, NameFinder finder)
    {
        foreach (var name in finder.Find(text, start, end))
        {
            if (name.Kind is EntityKind.Country or EntityKind.CountryGroup && Affixes.StartsWithAny(text.AsSpan(name.End, end - name.End), finder.Possessives))
            {
                return name.Name;
            }
        }

        return null;
    }
}
