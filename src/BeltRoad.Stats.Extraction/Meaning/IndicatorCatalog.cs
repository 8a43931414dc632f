using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>One canonical measure label, the units it applies to and its cue words.</summary>
internal sealed record IndicatorEntry(string Label, IReadOnlySet<Unit> Units, WordList Cues);

/// <summary>The indicator catalogue (data: Resources/indicators.json; see its comment).</summary>
internal sealed record IndicatorCatalog(
    IReadOnlyList<IndicatorEntry> Indicators,
    IReadOnlyDictionary<string, string> MeasureLabels,
    IReadOnlyDictionary<string, string> MeasureSuffixes,
    IReadOnlyDictionary<Unit, string> CountSuffix,
    WordList Strip,
    WordList GenericVerbs,
    WordList SubsetWords,
    WordList ConversionWords,
    NationalStatistics National,
    WordList Prepositions,
    string ShareSuffix,
    string ShareLabel,
    WordList SamePeriodWords,
    string SamePeriodChange,
    string PerYearChange,
    string OtherChange)
{
    private Dictionary<Unit, (WordList Cues, Dictionary<string, string> Labels)>? _byUnit;

    /// <summary>
    /// Every cue of the indicators that take <paramref name="unit"/>, as one list, with the label each cue gives (the first
    /// indicator listing it wins): one scan of a clause finds them all.
    /// </summary>
    public (WordList Cues, Dictionary<string, string> Labels) CuesFor(Unit unit)
    {
        _byUnit ??= Enum.GetValues<Unit>().ToDictionary(u => u, u =>
        {
            var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in Indicators.Where(e => e.Units.Contains(u)))
            {
                foreach (var cue in entry.Cues.Words)
                {
                    labels.TryAdd(cue, entry.Label);
                }
            }

            return (new WordList(labels.Keys), labels);
        });
        return _byUnit[unit];
    }

    /// <summary>The built-in catalogue (Resources/indicators.json), read from the assembly at each call.</summary>
    internal static IndicatorCatalog Load()
    {
        using var json = EmbeddedJson.Open("indicators.json");
        var root = json.RootElement;
        static List<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        var indicators = root.GetProperty("indicators").EnumerateArray().Select(e => new IndicatorEntry(
            e.GetProperty("label").GetString()!,
            Strings(e.GetProperty("units")).Select(UnitCodes.Parse).ToHashSet(),
            new WordList(Strings(e.GetProperty("cues"))))).ToList();
        var measures = root.GetProperty("measure_labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var measureSuffixes = root.GetProperty("measure_suffixes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var suffix = root.GetProperty("count_suffix").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => p.Value.GetString()!);
        var change = root.GetProperty("change_suffix");
        return new(indicators, measures, measureSuffixes, suffix, new WordList(Strings(root.GetProperty("strip"))),
            new WordList(Strings(root.GetProperty("generic_verbs"))), new WordList(Strings(root.GetProperty("subset_words"))), new WordList(Strings(root.GetProperty("conversion_words"))), NationalStatistics.Read(root.GetProperty("national_statistics")), new WordList(Strings(root.GetProperty("prepositions"))), root.GetProperty("share_suffix").GetString()!, root.GetProperty("share_label").GetString()!,
            new WordList(Strings(root.GetProperty("same_period_words"))), change.GetProperty("same_period").GetString()!, change.GetProperty("per_year").GetString()!, change.GetProperty("other").GetString()!);
    }
}
