using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The parties of a bilateral figure (entity-names.json <c>pairs</c>): 「中非贸易额」「中孟双边贸易额」 name both by one-character
/// abbreviations right before a measure word, the first party the figure's (中国), the other its partner (非洲); 「对非投资」
/// 「对华出口」 name the partner after a preposition. A partner is written in an indicator as <c>partner_labels</c> says
/// (中国 → 华: 对华出口额).
/// </summary>
internal sealed class Pairs
{
    private readonly Dictionary<string, string> _abbreviations;
    // The same, looked up by a slice of the text: no string is made for each position and length tried.
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySlice;
    private readonly string[] _fillers;
    private readonly string[] _nationalityMarks;
    private readonly IReadOnlyDictionary<string, string> _labels;
    private readonly int _longest;

    private Pairs(Dictionary<string, string> abbreviations, string[] fillers, string[] nationalityMarks, IReadOnlyDictionary<string, string> labels)
    {
        (_abbreviations, _fillers, _nationalityMarks, _labels) = (abbreviations, fillers, nationalityMarks, labels);
        _bySlice = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = abbreviations.Keys.Max(k => k.Length);
    }

    public static Pairs Read(JsonElement e) => new(
        e.GetProperty("abbreviations").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
        [.. e.GetProperty("fillers").EnumerateArray().Select(x => x.GetString()!)],
        [.. e.GetProperty("nationality_marks").EnumerateArray().Select(x => x.GetString()!)],
        e.GetProperty("partner_labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));

    /// <summary>Each party's first-listed abbreviation (巴基斯坦 → 巴, 中国 → 中): how a pair's name writes it.</summary>
    public IReadOnlyDictionary<string, string> AbbreviationsByParty()
    {
        var byParty = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (abbreviation, party) in _abbreviations)
        {
            byParty.TryAdd(party, abbreviation);
        }

        return byParty;
    }

    /// <summary>How <paramref name="partner"/> is written in an indicator (中国 → 华).</summary>
    public string Label(string partner) => _labels.TryGetValue(partner, out var label) ? label : partner;

    /// <summary>「中孟双边贸易额达187.4亿美元」: the two parties abbreviated before a measure word in the figure's clause, before it.</summary>
    public (string First, string Second)? Pair(FigureContext figure)
    {
        var text = figure.Text;
        for (var i = figure.Clause.Start; i < figure.Mention.Start - 1; i++)
        {
            if (At(text, i, figure.Mention.Start) is not { } first || InName(figure, i))
            {
                continue;
            }

            var second = At(text, i + first.Length, figure.Mention.Start);
            // 「园区员工中泰籍员工占比」: an abbreviation before 籍 is a nationality, the 中 before it "among" (nationality_marks).
            if (second is not null && _abbreviations[first] != _abbreviations[second] && !Affixes.StartsWithAny(text.AsSpan(i + first.Length + second.Length), _nationalityMarks)
                && BeforeMeasure(figure, i + first.Length + second.Length))
            {
                return (_abbreviations[first], _abbreviations[second]);
            }
        }

        return null;
    }

    /// <summary>「对非投资」「自华进口」: a partner abbreviated right after one of <paramref name="prepositions"/>, before a measure word.</summary>
    public string? AfterPreposition(FigureContext figure, IReadOnlySet<string> prepositions)
    {
        var text = figure.Text;
        for (var i = figure.Clause.Start + 1; i < figure.Mention.Start; i++)
        {
            if (prepositions.Contains(text[(i - 1)..i]) && At(text, i, figure.Mention.Start) is { } partner && !InName(figure, i) && BeforeMeasure(figure, i + partner.Length))
            {
                return _abbreviations[partner];
            }
        }

        return null;
    }

    // 「中欧班列」「中老铁路」: a name found there is no pair.
    private static bool InName(FigureContext figure, int at)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start <= at && at < names[k].End)
            {
                return true;
            }
        }

        return false;
    }

    // The longest abbreviation standing at `at`.
    private string? At(string text, int at, int end)
    {
        for (var length = Math.Min(_longest, end - at); length >= 1; length--)
        {
            if (_bySlice.TryGetValue(text.AsSpan(at, length), out var candidate, out _))
            {
                return candidate;
            }
        }

        return null;
    }

    // A measure word of the catalogue starts right there, after a filler (双边) or none: 「中非贸易额」, not 「其中非洲」.
    private bool BeforeMeasure(FigureContext figure, int at)
    {
        var text = figure.Text;
        foreach (var filler in _fillers)
        {
            if (text.AsSpan(at).StartsWith(filler, StringComparison.Ordinal))
            {
                at += filler.Length;
                break;
            }
        }

        var hits = figure.In.MeasureHits;
        for (var k = 0; k < hits.Count; k++)
        {
            if (hits[k].Start == at)
            {
                return true;
            }
        }

        return false;
    }
}
