using System.Text.Json;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The initiative's own rows (data: initiative_scope in Resources/label-words.json): a measure whose noun the initiative's
/// name modifies (「“一带一路”贷款余额」, "Belt and Road loans of 2.2 trillion yuan", "600 Belt and Road (B&amp;R) projects",
/// "financing worth 190 bln USD for B&amp;R projects") is the initiative's row of that measure (“一带一路”贷款余额,
/// “一带一路”项目数), not the lender's total; only the measures listed take it (「“一带一路”合作文件」 stays 合作文件数).
/// </summary>
internal sealed record InitiativeScope(string Name, string Prefix, IReadOnlySet<string> Measures)
{
    public static InitiativeScope Read(JsonElement e) => new(
        e.GetProperty("name").GetString()!,
        e.GetProperty("prefix").GetString()!,
        e.GetProperty("measures").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// <paramref name="label"/> as the initiative's row where the initiative's name stands right before a catalogued measure
    /// word of the figure's unit in its clause (quotes, spaces and a bracketed abbreviation between), else <paramref name="label"/>.
    /// </summary>
    public string Scoped(FigureContext figure, string label, MeasureWords words)
    {
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
        if (at < end && text[at] is '(' or '（')
        {
            var close = text.IndexOfAny([')', '）'], at, Math.Min(12, end - at));
            if (close > at)
            {
                at = Skip(text, close + 1, end);
            }
        }

        return at;
    }
}
