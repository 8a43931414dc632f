using System.Text.Json;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The initiative's own rows (data: initiative_scope in Resources/label-words.json): a measure whose noun the initiative's
/// name modifies (「“一带一路”贷款余额」, "Belt and Road loans of 2.2 trillion yuan", "600 Belt and Road (B&amp;R) projects",
/// "financing worth 190 bln USD for B&amp;R projects") is the initiative's row of that measure (“一带一路”贷款余额,
/// “一带一路”项目数), not the lender's total; only the measures listed take it (「“一带一路”合作文件」 stays 合作文件数).
/// </summary>
internal sealed record InitiativeScope(string Name, string Prefix, IReadOnlySet<string> Measures, string Whole, IReadOnlyDictionary<string, string> Parts, Text.WordList PartOpeners)
{
    public static InitiativeScope Read(JsonElement e) => new(
        e.GetProperty("name").GetString()!,
        e.GetProperty("prefix").GetString()!,
        e.GetProperty("measures").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal),
        e.GetProperty("parts").GetProperty("whole").GetString()!,
        e.GetProperty("parts").GetProperty("rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
        new Text.WordList(e.GetProperty("parts").GetProperty("openers").EnumerateArray().Select(x => x.GetString()!)));

    /// <summary>
    /// <paramref name="label"/> as the initiative's row where the initiative's name stands right before a catalogued measure
    /// word of the figure's unit in its clause (quotes, spaces and a bracketed abbreviation between), else <paramref name="label"/>.
    /// </summary>
    public string Scoped(FigureContext figure, string label, MeasureWords words)
    {
        if (Parts.TryGetValue(label, out var part) && NamesWhole(figure, words))
        {
            return Prefix + part;
        }

        if (!Measures.Contains(label) || label.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return label;
        }

        var (text, clause) = (figure.Text, figure.Clause);
        foreach (var name in figure.In.Names)
        {
            if (name.Name != Name || name.Start < clause.Start || name.End >= clause.End || InLonger(figure.In.Names, name))
            {
                continue;
            }

            var at = Modified(text, name.End, clause.End);
            foreach (var hit in figure.In.MeasureHits)
            {
                if (hit.Start == at && words[hit.Word].LabelFor(figure.Unit) is not null)
                {
                    return Prefix + label;
                }
            }
        }

        return label;
    }

    // "cumulative engagement has reached USD1.175 trillion, of which … USD470 billion through non-financial investments", "…
    // show USD92.4 billion of engagement. Of this, about USD48.7 billion came through investments": the initiative's whole
    // (its engagement) named before the figure in its sentence, or in the sentence before where its sentence opens by
    // referring back to it (parts.openers: "Of this"), makes the figure one of its parts.
    private bool NamesWhole(FigureContext figure, MeasureWords words)
    {
        if (HoldsWhole(figure.In.MeasureHits, words, figure.Unit, figure.In.Sentence.Start, figure.Mention.Start))
        {
            return true;
        }

        if (figure.In.Before is not { } before || PartOpeners.At(figure.Text, figure.In.Sentence.Start, figure.Mention.Start) is null)
        {
            return false;
        }

        var found = new List<MeasureHit>();
        words.FindAll(figure.Text, before.Start, before.End, found);
        return HoldsWhole(found, words, figure.Unit, before.Start, before.End);
    }

    private bool HoldsWhole(IReadOnlyList<MeasureHit> hits, MeasureWords words, Domain.Unit unit, int start, int end)
    {
        foreach (var hit in hits)
        {
            if (hit.Start >= start && hit.End <= end && hit.WholeInText && words[hit.Word].LabelFor(unit) == Whole)
            {
                return true;
            }
        }

        return false;
    }

    // A name inside a longer one ("Belt and Road countries" → 共建国家) is that one's.
    private static bool InLonger(IReadOnlyList<EntityName> names, EntityName name)
    {
        foreach (var other in names)
        {
            if (other != name && other.Start <= name.Start && name.End <= other.End && other.End - other.Start > name.End - name.Start)
            {
                return true;
            }
        }

        return false;
    }

    // Where the word the name modifies starts: past spaces, closing quotes and one bracketed abbreviation ("Belt and Road (B&R) projects").
    private static int Modified(string text, int at, int end)
    {
        static int Skip(string text, int at, int end)
        {
            while (at < end && text[at] is ' ' or '”' or '"' or '’' or '」')
            {
                at++;
            }

            return at;
        }

        at = Skip(text, at, end);
        return Asides.Skip(text, at, end, 12) is var next && next > at ? Skip(text, next, end) : at;
    }
}
