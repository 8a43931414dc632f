using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The label the measure catalogue gives a figure: the label of the cue that stands nearest the figure in its clause (a
/// longer cue over one it overlaps, none inside a name, the figure's own unit word last), or, for figures listed with
/// 、, the measures listed with 、 before them, in order.
/// </summary>
internal static class CuedLabels
{
    /// <summary>The label the cues of <paramref name="unit"/>'s measures give the figure, or null when none stands in its clause.</summary>
    internal static string? For(FigureContext figure, Domain.Unit unit, MeaningCatalogs catalogs)
    {
        var (words, labels) = (catalogs.Metrics.Words, catalogs.Labels);
        var numberEnd = figure.Mention.NumberStart + figure.Mention.NumberLength;
        // After the figure the cue may stand past its object (「150多个国家…签署了200多份共建“一带一路”合作文件」).
        // Made at the first cue: most figures have none of their unit's, and then no list and no filter.
        List<(int Start, int End, string Label)>? hits = null;
        LabelCues(figure.In.MeasureHits, words, unit, figure.Clause.Start, figure.Mention.NumberStart, ref hits);
        LabelCues(figure.In.MeasureHits, words, unit, numberEnd, figure.Clause.End, ref hits);
        if (hits is null)
        {
            return null;
        }

        DropOvershadowed(hits, figure.In.Names);
        DropExamples(hits, figure.Text, figure.Mention.NumberStart);
        // 「覆盖18个省（区、市）75个市」: a cue inside another Chinese count's classifier and noun is what that count counts, never this one's.
        // The cues before such a count are its, not this one's: it named its own measure (「该线路已覆盖18个省（区、市）75个市」).
        if (HanText.Any(figure.Subject))
        {
            var namedBy = -1;
            foreach (var h in hits)
            {
                if (h.Start < figure.Mention.Start && InOtherCount(figure, h.Start) && h.Start > namedBy)
                {
                    namedBy = h.Start;
                }
            }

            DropOtherCounts(hits, figure, namedBy);
            if (hits.Count == 0)
            {
                return null;
            }
        }

        if ((Respectively(figure, hits) ?? RespectivelyParts(figure, hits, words, unit)) is { } mapped)
        {
            return mapped;
        }

        // "links 59 Chinese cities with 49 cities in 15 European countries": a cue beyond another figure of the unit in the
        // clause is that figure's (where the figure keeps a cue of its own between them).
        OwnStretch(figure, hits);

        // The figure's own unit word ("150 countries", "cities") says least: it labels only when no other cue does
        // ("150 countries have signed Belt and Road cooperation documents" → 签署合作文件的国家数, not 国家数).
        var ownEnd = figure.Mention.End;
        // 「至少为非洲创造100万个就业岗位」「运行线路91条」: a Chinese count's noun after its classifier is what it counts; a
        // catalogued one names the measure before any cue elsewhere in the clause (「【就业与安全】」 before it).
        if (CountedNoun(figure, hits, numberEnd) is { } counted)
        {
            return counted;
        }

        DropOwnUnitWord(hits, numberEnd, ownEnd);

        // "the bank approved US$10.5 billion in financing": a cue before the figure whose label narrows the linked one's
        // (批准融资额 of 融资额) names it.
        var nearest = HeadOf(hits, Nearest(hits, figure.Mention.NumberStart, numberEnd), figure)?.Label;
        return Linked(hits, figure, labels.AfterLinks, catalogs.Aggregations) is { } linked
            ? (nearest is not null && nearest.Length > linked.Length && nearest.EndsWith(linked, StringComparison.Ordinal) ? nearest : linked)
            : nearest;
    }

    // "an outstanding balance of Belt and Road loans of 2.2 trillion yuan", "the completed turnover of contracted projects",
    // "the outstanding principal on the loan stood at …": in English the head of "A of B" (or "A on B") names the measure; B
    // only says what it is of. The cue before the nearest one, joined
    // to it by "of" and a few words with no figure (none of them "and" or a comma: then the cues are listed, not nested), is the
    // figure's when the nearest stands before the figure.
    private static (int Start, int End, string Label)? HeadOf(List<(int Start, int End, string Label)> hits, (int Start, int End, string Label)? nearest, FigureContext figure)
    {
        if (nearest is not { } near || near.End > figure.Mention.NumberStart || HanText.Any(figure.Subject))
        {
            return nearest;
        }

        (int Start, int End, string Label)? head = null;
        foreach (var h in hits)
        {
            if (h.End <= near.Start && (head is null || h.Start > head.Value.Start))
            {
                head = h;
            }
        }

        if (head is not { } of || of.Label == near.Label)
        {
            return nearest;
        }

        var between = figure.Text.AsSpan(of.End, near.Start - of.End).Trim();
        if (!(between.StartsWith("of ") || between.SequenceEqual("of") || between.StartsWith("on ")) || between.Length > 30 || between.IndexOfAny(',', ';') >= 0 || between.IndexOfAnyInRange('0', '9') >= 0)
        {
            return nearest;
        }

        // An "and" inside a name ("Belt and Road") lists nothing.
        var and = figure.Text.IndexOf(" and ", of.End, near.Start - of.End, StringComparison.Ordinal);
        return and < 0 || InName(figure.In.Names, and) ? of : nearest;
    }

    private static bool InName(IReadOnlyList<EntityName> names, int at)
    {
        foreach (var name in names)
        {
            if (name.Start <= at && at < name.End)
            {
                return true;
            }
        }

        return false;
    }

    // The label of the last cue inside a Chinese count's classifier and noun (「100万个就业岗位」: measure word 个就业岗位), or null.
    private static string? CountedNoun(FigureContext figure, List<(int Start, int End, string Label)> hits, int numberEnd)
    {
        if (figure.Mention.MeasureWord is not { Length: > 1 } measure || !HanText.Any(measure.AsSpan(0, 1)))
        {
            return null;
        }

        var ownStart = figure.Mention.End - measure.Length + 1;
        string? label = null;
        foreach (var h in hits)
        {
            // 「18个省（区、市）」: a cue may run on past the mention's end (the recognizer's noun ends at 省).
            if (h.Start >= Math.Max(numberEnd, ownStart) && h.Start < figure.Mention.End)
            {
                label = h.Label;
            }
        }

        return label;
    }

    // Whether a cue at `at` starts inside the classifier and noun of another Chinese count of the sentence (「18个省（区、市）」).
    private static bool InOtherCount(FigureContext figure, int at)
    {
        foreach (var other in figure.In.Figures)
        {
            if (other.Start != figure.Mention.Start && other.MeasureWord is { Length: > 1 } measure && HanText.Any(measure.AsSpan(0, 1))
                && at >= other.End - measure.Length + 1 && at < other.End)
            {
                return true;
            }
        }

        return false;
    }

    // Drops the cues standing before the figure of the same unit before this one, or after the one after it, in the clause,
    // unless none would be left.
    private static void OwnStretch(FigureContext figure, List<(int Start, int End, string Label)> hits)
    {
        var (from, to) = (figure.Clause.Start, figure.Clause.End);
        var english = !HanText.Any(figure.Subject);
        foreach (var other in figure.In.Figures)
        {
            if (other.Unit != figure.Mention.Unit || other.Start < figure.Clause.Start || other.End > figure.Clause.End || other.Start == figure.Mention.Start)
            {
                continue;
            }

            // An English count's noun follows its number: every cue between the figure before and this one is that figure's.
            if (other.End <= figure.Mention.Start)
            {
                from = Math.Max(from, english ? figure.Mention.NumberStart : other.NumberStart + other.NumberLength);
            }
            else if (other.Start >= figure.Mention.End)
            {
                to = Math.Min(to, other.Start);
            }
        }

        if ((from > figure.Clause.Start || to < figure.Clause.End) && hits.Exists(h => h.Start >= from && h.End <= to))
        {
            hits.RemoveAll(h => h.Start < from || h.End > to);
        }
    }

    // "USD634 billion in construction contracts", "2 billion yuan of loans": the cue the figure is joined to by a link word
    // names it; so does an English cue right after it ("and 32 million out of moderate poverty"), what an English number counts.
    // "Tk 10,37,154 a day in tolls", "USD2 billion a year in revenue": a rate's words (aggregation-words.json per_day …
    // per_year) may stand between the figure and the link.
    private static string? Linked(List<(int Start, int End, string Label)> hits, FigureContext figure, WordList links, AggregationWords aggregations)
    {
        // Where a rate's words would start: the first word after the figure, in an English clause only.
        var rateAt = HanText.Any(figure.Subject) ? -1 : figure.Text.Length - figure.Text.AsSpan(figure.Mention.End).TrimStart().Length;
        foreach (var h in hits)
        {
            if (h.Start < figure.Mention.End)
            {
                continue;
            }

            var gap = figure.Text.AsSpan(figure.Mention.End, h.Start - figure.Mention.End).Trim();
            for (var r = 0; rateAt >= 0 && !gap.IsEmpty && r < aggregations.Rates.Count; r++)
            {
                // WordList.At gives whole words only.
                if (aggregations.Rates[r].Cues.At(figure.Text, rateAt, h.Start) is { } said)
                {
                    gap = figure.Text.AsSpan(rateAt + said.Length, h.Start - rateAt - said.Length).Trim();
                    break;
                }
            }

            if (gap.IsEmpty ? char.IsAsciiLetter(figure.Text[h.Start]) : links.EndOf(gap) is { } link && gap.Length == link.Length)
            {
                return h.Label;
            }
        }

        return null;
    }

    // The cues of the unit's labels in [start, end), left to right and never overlapping: at each place the longest one
    // standing there as a whole word, then on from its end (the sentence's hits hold every word at every place).
    internal static void LabelCues(IReadOnlyList<MeasureHit> found, MeasureWords words, Domain.Unit unit, int start, int end, ref List<(int Start, int End, string Label)>? hits)
    {
        var next = start;
        for (var k = 0; k < found.Count; k++)
        {
            var hit = found[k];
            if (hit.Start >= next && hit.End <= end && hit.WholeInText && words[hit.Word].LabelFor(unit) is { } label)
            {
                (hits ??= []).Add((hit.Start, hit.End, label));
                next = hit.End;
            }
        }
    }

    // The last of the unit's cues in [start, end) that no longer cue or name overshadows, or null: what a figure takes
    // from a stretch of text before it (its clause, its sentence, the sentence before).
    internal static string? LastCue(IReadOnlyList<MeasureHit> found, MeasureWords words, Domain.Unit unit, int start, int end, IReadOnlyList<EntityName> names)
    {
        List<(int Start, int End, string Label)>? hits = null;
        LabelCues(found, words, unit, start, end, ref hits);
        if (hits is null)
        {
            return null;
        }

        DropOvershadowed(hits, names);
        return hits.Count > 0 ? hits[^1].Label : null;
    }

    // "Chinese engagement – construction contracts plus non-financial investment – reached $56.7 billion": a cue before the
    // figure inside an aside opened after the first cue, and closed before the figure, says what that measure holds.
    private static void DropExamples(List<(int Start, int End, string Label)> hits, string text, int numberStart)
    {
        var first = -1;
        for (var k = 0; k < hits.Count; k++)
        {
            if (hits[k].End <= numberStart && (first < 0 || hits[k].Start < hits[first].Start))
            {
                first = k;
            }
        }

        if (first < 0)
        {
            return;
        }

        var from = hits[first].End;
        for (var k = hits.Count - 1; k >= 0; k--)
        {
            if (hits[k].Start >= from && hits[k].End <= numberStart && Asides.IsExample(text, from, hits[k].Start, numberStart))
            {
                hits.RemoveAt(k);
            }
        }
    }

    // The filters below are methods of their own: a lambda capturing For's locals would be made on every call of For,
    // and most calls find no cue.
    private static void DropOtherCounts(List<(int Start, int End, string Label)> hits, FigureContext figure, int namedBy) =>
        hits.RemoveAll(h => InOtherCount(figure, h.Start) || (namedBy >= 0 && h.Start < namedBy));

    // The figure's own unit word, where another cue stands outside it.
    private static void DropOwnUnitWord(List<(int Start, int End, string Label)> hits, int numberEnd, int ownEnd)
    {
        if (hits.Exists(h => h.Start < numberEnd || h.Start >= ownEnd))
        {
            hits.RemoveAll(h => h.Start >= numberEnd && h.End <= ownEnd);
        }
    }

    // A cue overlapping a longer one (出口 in 进出口总额, 贸易额 in 农产品贸易额) or inside a name (进出口 in 中国进出口银行) says nothing of its own;
    // an instrument's name (kind instrument: "panda bond", 熊猫债) is a kind of what the cue measures, and keeps its cue.
    internal static void DropOvershadowed(List<(int Start, int End, string Label)> hits, IReadOnlyList<EntityName> names) =>
        hits.RemoveAll(h => Overshadowed(hits, names, h));

    // Loops over the list as RemoveAll leaves it while it runs (as the LINQ form it replaces did), without a closure per cue.
    internal static bool Overshadowed(List<(int Start, int End, string Label)> hits, IReadOnlyList<EntityName> names, (int Start, int End, string Label) h)
    {
        for (var k = 0; k < hits.Count; k++)
        {
            var o = hits[k];
            if (o.End - o.Start > h.End - h.Start && o.Start < h.End && h.Start < o.End)
            {
                return true;
            }
        }

        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start <= h.Start && h.End <= names[k].End && names[k].Kind != EntityKind.Instrument)
            {
                return true;
            }
        }

        return false;
    }

    // The last cue ending before the number, else the first starting after it (the first of equals in either case).
    internal static (int Start, int End, string Label)? Nearest(List<(int Start, int End, string Label)> hits, int numberStart, int numberEnd)
    {
        (int Start, int End, string Label)? before = null;
        (int Start, int End, string Label)? after = null;
        foreach (var h in hits)
        {
            if (h.End <= numberStart && (before is null || h.Start > before.Value.Start))
            {
                before = h;
            }

            if (h.Start >= numberEnd && (after is null || h.Start < after.Value.Start))
            {
                after = h;
            }
        }

        return before ?? after;
    }

    // "Exports and imports stood at 249.4 billion yuan and 42.2 billion yuan, respectively": a cue that is itself a list of
    // the unit's cues ("exports and imports", a cue of 进出口总额, of "exports" and "imports") names one figure the whole,
    // but figures listed as many as its parts take the parts in order; null where no cue is such a list or none is listed.
    private static string? RespectivelyParts(FigureContext figure, List<(int Start, int End, string Label)> hits, MeasureWords words, Domain.Unit unit)
    {
        if (!InList(figure, !HanText.Any(figure.Subject)))
        {
            return null;
        }

        List<(int Start, int End, string Label)>? split = null;
        for (var k = 0; k < hits.Count; k++)
        {
            List<(int Start, int End, string Label)>? parts = null;
            var found = figure.In.MeasureHits;
            var next = hits[k].Start;
            for (var m = 0; m < found.Count; m++)
            {
                var part = found[m];
                if (part.Start >= next && part.End <= hits[k].End && part.End - part.Start < hits[k].End - hits[k].Start && part.WholeInText
                    && words[part.Word].LabelFor(unit) is { } label
                    && (parts is null || IsJoint(figure.Text.AsSpan(parts[^1].End, part.Start - parts[^1].End).Trim())))
                {
                    (parts ??= []).Add((part.Start, part.End, label));
                    next = part.End;
                }
            }

            if (parts is { Count: > 1 } && parts[^1].End == hits[k].End)
            {
                split ??= [.. hits.Take(k)];
                split.AddRange(parts);
            }
            else
            {
                split?.Add(hits[k]);
            }
        }

        return split is null ? null : Respectively(figure, split);
    }

    private static bool IsJoint(ReadOnlySpan<char> gap) => !gap.IsEmpty && (Conjunctions.IsListJoint(gap) || Conjunctions.EndsEnglishList(gap));

    // Whether the figure stands in a list of figures: after or before another with a list's joint between (English "and",
    // Chinese 、): the one cheap look before a list is read.
    private static bool InList(FigureContext figure, bool english) =>
        english ? ListedFigures.AndNext(figure.Text, figure.Mention.Start, -1) || ListedFigures.AndNext(figure.Text, figure.Mention.End, 1)
            : ListedFigures.ListedNext(figure.Text, figure.Mention.Start - 1, -1) || ListedFigures.ListedNext(figure.Text, figure.Mention.End, 1);

    /// <summary>
    /// 「新签合同额、完成营业额累计分别达到2万亿美元、1.3万亿美元」「货物贸易、服务贸易进出口额…32万亿美元、5万亿美元」:
    /// figures listed with 、 take, in order, the measures listed with 、 before the first of them.
    /// </summary>
    internal static string? Respectively(FigureContext figure, List<(int Start, int End, string Label)> hits)
    {
        // English lists its figures with "and" and commas ("$54.4 billion and $52.8 billion, respectively").
        var (text, english) = (figure.Text, !HanText.Any(figure.Subject));
        if (hits.Count < 2 || !InList(figure, english))
        {
            return null; // most figures stand alone: no list, no mapping
        }

        var list = ListedFigures.SameUnitInClause(figure);
        var index = list.IndexOf(figure.Mention);
        if (list.Count < 2 || index < 0 || !(english ? ListedFigures.JoinedOnly(text, list) : ListedFigures.Listed(text, list)))
        {
            return null;
        }

        var chain = new List<(int Start, int End, string Label)>();
        foreach (var hit in hits.Where(h => h.End <= list[0].Start).OrderBy(h => h.Start))
        {
            var gap = chain.Count > 0 ? text.AsSpan(chain[^1].End, Math.Max(0, hit.Start - chain[^1].End)).Trim() : "、";
            if (gap.IsEmpty)
            {
                continue; // 「服务贸易进出口额」: the head noun the listed measures share
            }

            // 「出口及进口分别为9874亿元及9778亿元」: measures listed with any joint of a list proper (、和及); in English with
            // "and", each measure's partner between ("exports to China and imports from China stood at $54.4 billion and …").
            if (!Conjunctions.IsListJoint(gap) && !Conjunctions.EndsEnglishList(gap))
            {
                chain.Clear();
            }

            chain.Add(hit);
        }

        return chain.Count == list.Count ? chain[index].Label : null;
    }
}
