using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// How an indicator label is made where no cue of the measure catalogue names the figure's measure (data:
/// Resources/label-words.json; see its comment): the subject cut to its measure, a count's suffix, a percentage's base.
/// </summary>
internal sealed record LabelWords(
    IReadOnlyDictionary<string, string> MeasureLabels,
    IReadOnlyDictionary<string, string> MeasureSuffixes,
    IReadOnlyDictionary<Unit, string> CountSuffix,
    IReadOnlyDictionary<Unit, string> UnnamedRows,
    IReadOnlyDictionary<Unit, string> CountRows,
    WordList Trailing,
    WordList MeasureHeads,
    WordList Strip,
    WordList GenericVerbs,
    WordList LightVerbs,
    string LightVerbAs,
    WordList SubsetWords,
    WordList PartWords,
    WordList ConversionWords,
    WordList ComparisonWords,
    WordList BackReferences,
    WordList GenericAmounts,
    NationalStatistics National,
    WordList Prepositions,
    WordList Causatives,
    WordList AfterLinks,
    PartnerScope Partners,
    string ShareSuffix,
    string ShareOf,
    ShareWholes Wholes,
    string ShareLabel,
    string SamePeriodChange,
    string PerYearChange,
    string OtherChange,
    WordList ExampleEnds,
    WordList ExampleOpeners,
    WordList ReachWords,
    string ReachLabel,
    RateGaps Gaps,
    string GrowthMultiple,
    string OtherMultiple,
    InitiativeScope Initiative,
    IReadOnlyDictionary<string, (string Row, string Unless)> AloneRows,
    Recipients Recipients,
    string SpanLabel,
    WordList SpanWords,
    PortRows Ports,
    IReadOnlyDictionary<string, string> CapacityRows,
    ValuedThings Valued,
    CommitmentRows Commitments,
    Claims Claims,
    Nationals Nationals,
    WordList Origins,
    CountedCountries CountedCountries,
    WordList SubsetCopulas,
    string CountLabelSuffix,
    GrowthPulls Pulls,
    TitleRecipients TitleRecipients,
    ReachChains ReachChains,
    Distances Distances,
    IReadOnlyDictionary<Unit, WordList> UnitNouns,
    EarlierYearChanges EarlierYears,
    IReadOnlyList<(string Noun, string Row)> NounRows,
    LengthsAfter LengthsAfter,
    CostCuts CostCuts,
    TitleInstruments TitleInstruments,
    LoanShares LoanShares)
{
    /// <summary>The built-in words (Resources/label-words.json), read from the assembly at each call.</summary>
    internal static LabelWords Load()
    {
        using var json = EmbeddedJson.Open("label-words.json");
        var root = json.RootElement;
        static List<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        WordList Words(string name) => new(Strings(root.GetProperty(name)));
        var measures = root.GetProperty("measure_labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var measureSuffixes = root.GetProperty("measure_suffixes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var suffix = root.GetProperty("count_suffix").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => p.Value.GetString()!);
        var unnamed = root.GetProperty("unnamed_rows").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => p.Value.GetString()!);
        var countRows = root.GetProperty("count_rows").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => p.Value.GetString()!);
        var change = root.GetProperty("change_suffix");
        var subsetRows = root.GetProperty("subset_rows");
        return new LabelWords(measures, measureSuffixes, suffix, unnamed, countRows, Words("trailing"), Words("measure_heads"), Words("strip"), Words("generic_verbs"),
            new WordList(Strings(root.GetProperty("light_verbs").GetProperty("words"))), root.GetProperty("light_verbs").GetProperty("as").GetString()!, Words("subset_words"), Words("part_words"), Words("conversion_words"), Words("comparison_words"),
            Words("back_references"), Words("generic_amounts"), NationalStatistics.Read(root.GetProperty("national_statistics")), Words("prepositions"), Words("causatives"), Words("after_links"), PartnerScope.Read(root.GetProperty("partner_scope")), root.GetProperty("share_suffix").GetString()!,
            root.GetProperty("share_of").GetString()!, ShareWholes.Read(root.GetProperty("share_wholes")),
            root.GetProperty("share_label").GetString()!, change.GetProperty("same_period").GetString()!,
            change.GetProperty("per_year").GetString()!, change.GetProperty("other").GetString()!, new WordList(Strings(root.GetProperty("examples").GetProperty("ends"))),
            new WordList(Strings(root.GetProperty("examples").GetProperty("openers"))),
            new WordList(Strings(root.GetProperty("reach").GetProperty("words"))), root.GetProperty("reach").GetProperty("label").GetString()!,
            RateGaps.Read(root.GetProperty("rate_gaps")), root.GetProperty("multiples").GetProperty("growth").GetString()!,
            root.GetProperty("multiples").GetProperty("other").GetString()!, InitiativeScope.Read(root.GetProperty("initiative_scope")),
            root.GetProperty("alone_rows").EnumerateObject().ToDictionary(p => p.Name, p => (p.Value.GetProperty("row").GetString()!, p.Value.GetProperty("unless").GetString()!), StringComparer.Ordinal),
            Recipients.Read(root.GetProperty("recipients")), root.GetProperty("spans").GetProperty("label").GetString()!,
            new WordList(Strings(root.GetProperty("spans").GetProperty("words"))), PortRows.Read(root.GetProperty("port_rows")),
            root.GetProperty("capacity_rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
            ValuedThings.Read(root.GetProperty("valued"), suffix), CommitmentRows.Read(root.GetProperty("commitments")), Claims.Read(root.GetProperty("claims")),
            Nationals.Read(root.GetProperty("nationals")), Words("origins"),
            CountedCountries.Read(root.GetProperty("counted_countries")),
            // Words a counted subset's own words may end with before its figure (「其中來自共建國家的企業有68間」: 有), dropped from
            // its row; the suffix a counted noun takes as its row where its own words name it (外贸航线 → 外贸航线数).
            new WordList(Strings(subsetRows.GetProperty("copulas"))), subsetRows.GetProperty("suffix").GetString()!,
            // What a part adds to a whole's growth in percentage points (「拉动全国外贸增长3.2个百分点」 → 外贸增长拉动).
            GrowthPulls.Read(root.GetProperty("growth_pulls")),
            // A report's title sending its lending or investment to one place (「Chinese Loans to Africa」 → 对非洲贷款承诺额).
            TitleRecipients.Read(root.GetProperty("title_recipients"), root.GetProperty("share_of").GetString()!, root.GetProperty("share_suffix").GetString()!),
            // A chain of counts a reach verb leads to (「辐射国内18个省（区、市）75个城市」 → 辐射省份数, 辐射城市数).
            ReachChains.Read(root.GetProperty("reach").GetProperty("chains"), root.GetProperty("reach").GetProperty("label").GetString()!),
            // How far a place lies from a port, an airport or the capital (「距西哈努克深水港12公里」 → 距港口距离).
            Distances.Read(root.GetProperty("distances")),
            // The nouns a Chinese length or train count names its thing with (「线路全长…」「班列…」): words holding none are debris.
            root.GetProperty("unit_nouns").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => new WordList(Strings(p.Value))),
            EarlierYearChanges.Read(change.GetProperty("earlier_year")),
            // A noun ending an amount's own words that names a row (「对俄贸易9.6亿美元」: 贸易 → 进出口总额); "$comment" aside.
            [.. root.GetProperty("noun_rows").EnumerateObject().Where(p => !p.Name.StartsWith('$')).Select(p => (p.Name, p.Value.GetString()!))],
            // The thing a Chinese length names after its unit (「2.7公里防波堤」 → 防波堤长度, 「新建510公里高速公路」 → 新建高速公路里程).
            LengthsAfter.Read(root.GetProperty("lengths_after")),
            // A cost or time cut in percent (「货运成本降低30%」 → 货运成本变化率), not a statistic's growth.
            CostCuts.Read(root.GetProperty("cost_cuts")),
            // A report's title naming the finance it counts ("China's Overseas Development Finance …" → 海外发展融资承诺额).
            TitleInstruments.Read(root.GetProperty("title_instruments"), root.GetProperty("title_recipients").GetProperty("prefix").GetString()!),
            // A loan's share of a project's cost ("The loan will cover 85% of the investment cost" → 贷款占项目造价比重).
            LoanShares.Read(root.GetProperty("loan_shares")));
    }
}
