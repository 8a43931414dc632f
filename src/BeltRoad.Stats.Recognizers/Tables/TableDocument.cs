using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>The JSON shape of one culture's table file (Tables/Data/*.json).</summary>
internal sealed class TableDocument
{
    [JsonPropertyName("inherits")] public string? Inherits { get; set; }

    // The culture whose tables read a line written in Latin letters inside this culture's text (a bilingual page's English
    // paragraphs: "US$18.74 billion" needs the English scale words).
    [JsonPropertyName("latinLines")] public string? LatinLines { get; set; }
    [JsonPropertyName("digits")] public Dictionary<string, int> Digits { get; set; } = [];
    [JsonPropertyName("zeros")] public List<string> Zeros { get; set; } = [];
    [JsonPropertyName("smallScales")] public Dictionary<string, long> SmallScales { get; set; } = [];
    [JsonPropertyName("bigScales")] public Dictionary<string, long> BigScales { get; set; } = [];
    [JsonPropertyName("points")] public List<string> Points { get; set; } = [];
    [JsonPropertyName("signs")] public List<string> Signs { get; set; } = [];
    [JsonPropertyName("plusSigns")] public List<string> PlusSigns { get; set; } = [];
    [JsonPropertyName("infixApprox")] public List<string> InfixApprox { get; set; } = [];
    [JsonPropertyName("fractionParts")] public List<string> FractionParts { get; set; } = [];
    [JsonPropertyName("mixedJoin")] public List<string> MixedJoin { get; set; } = [];
    [JsonPropertyName("notInDecimals")] public List<string> NotInDecimals { get; set; } = [];
    [JsonPropertyName("indefinite")] public List<string> Indefinite { get; set; } = [];

    // Financial digits that are also everyday characters (大陸, 參與, 零容忍): a numeral only next to other numerals.
    [JsonPropertyName("notAlone")] public List<string> NotAlone { get; set; } = [];
    [JsonPropertyName("scaleBlockers")] public List<string> ScaleBlockers { get; set; } = [];
    [JsonPropertyName("rangeJoiners")] public List<string> RangeJoiners { get; set; } = [];

    // "the 2017/18 financial year": a joiner of a split year only, a year and the next year's last two digits (2017/2018 is no span).
    [JsonPropertyName("splitYearJoiners")] public List<string> SplitYearJoiners { get; set; } = [];

    // "April 25-27 in Beijing": the words that may follow a span of days' bare last day ("May 20-25 ships" is a range of counts).
    [JsonPropertyName("dayTailFollowers")] public List<string> DayTailFollowers { get; set; } = [];

    // "from X to Y" is a range only after these words ("ranging from 5 to 10"); otherwise two figures ("rose from 14 to 48").
    [JsonPropertyName("fromToRangeWords")] public List<string> FromToRangeWords { get; set; } = [];
    [JsonPropertyName("prefixes")] public Dictionary<string, string> Prefixes { get; set; } = [];
    [JsonPropertyName("suffixes")] public Dictionary<string, string> Suffixes { get; set; } = [];
    [JsonPropertyName("measureBlockers")] public List<string> MeasureBlockers { get; set; } = [];
    [JsonPropertyName("headNouns")] public Dictionary<string, string> HeadNouns { get; set; } = [];
    // The head-noun look-ahead: its window in characters, the words that end the noun phrase, whether the last
    // head noun of the phrase decides (Chinese compounds: 国家标准化机构) or the first (English: "countries signed
    // agreements"), and whether a bare number looks ahead at all (English has no measure word to trigger it).
    [JsonPropertyName("headNounWindow")] public int HeadNounWindow { get; set; } = 20;
    [JsonPropertyName("headNounStops")] public List<string> HeadNounStops { get; set; } = [];
    // Words that end the noun phrase even before a head noun is found ("460 railway engineers from partner countries"
    // counts engineers, not countries): the phrase's prepositions and verbs in a language whose head noun comes last.
    [JsonPropertyName("headNounBarriers")] public List<string> HeadNounBarriers { get; set; } = [];
    [JsonPropertyName("headNounGap")] public int HeadNounGap { get; set; } = 3;
    [JsonPropertyName("headNounLastWins")] public bool HeadNounLastWins { get; set; }
    [JsonPropertyName("headNounAfterBareNumber")] public bool HeadNounAfterBareNumber { get; set; }
    [JsonPropertyName("headNounsBehind")] public Dictionary<string, string> HeadNounsBehind { get; set; } = [];

    // A rank word before a numeral at least this large is a verb of a headline ("trains top 1,500 in Jan-Nov",
    // "Passenger trips top 2 mln": more than it), not a rank ("the top 10 partners"); 0 for none.
    [JsonPropertyName("rankPrefixLimit")] public int RankPrefixLimit { get; set; }

    // Scraped English runs a short word into its neighbour ("up10 percent", "asthree", "citiesacross"): these words,
    // glued to a numeral or after a head noun, are read as if a space stood between.
    [JsonPropertyName("gluedWords")] public List<string> GluedWords { get; set; } = [];

    // "15 dollars and 50 cents": the hundredths of a currency, written after a whole amount.
    [JsonPropertyName("subunits")] public List<string> Subunits { get; set; } = [];

    // "half of the trips": the words after a spelled-out fraction that make it a share of a whole (a percentage).
    [JsonPropertyName("fractionShares")] public List<string> FractionShares { get; set; } = [];

    // A bare number whose noun was written before it (English): the word right before the number says where to look —
    // "subject" for the noun the clause is about ("the number of freight trains rising from two to 14", "membership to
    // 86"), "previous" for the figure just stated ("1.56 million passengers, up from 1.18 million").
    [JsonPropertyName("headNounBehindCues")] public Dictionary<string, string> HeadNounBehindCues { get; set; } = [];

    // ISO currency codes, read both before a numeral ("HUF 32 billion") and after it ("32 billion HUF"): one list for the
    // prefix and the suffix tables.
    [JsonPropertyName("currencyCodes")] public Dictionary<string, string> CurrencyCodes { get; set; } = [];

    // 「以港元計算」, 「以新臺幣為單位」: a note that names the yuan every bare 元 of the text is in, wherever it stands (a
    // Hong Kong statistics release states it under its table, after the amounts).
    [JsonPropertyName("yuanDeclarations")] public Dictionary<string, string> YuanDeclarations { get; set; } = [];

    // "the figure has soared to 2,700": words that point back to the last count stated.
    [JsonPropertyName("backReferences")] public List<string> BackReferences { get; set; } = [];

    // "Four of the eight borrowing countries", "each of the five founding members": the word that takes a part of a counted
    // whole, and the words before it that make the whole a count though an article stands before it.
    [JsonPropertyName("partitives")] public List<string> Partitives { get; set; } = [];
    [JsonPropertyName("partitiveHeads")] public List<string> PartitiveHeads { get; set; } = [];

    // "55 of them": words after a bare number that point back to the first count of the sentence.
    [JsonPropertyName("countPronouns")] public List<string> CountPronouns { get; set; } = [];

    // "the two countries": words before a spelled-out number that make it a reference to things named before, not a count.
    [JsonPropertyName("definiteWords")] public List<string> DefiniteWords { get; set; } = [];

    // "a 100 percent drop": nouns after a figure that make it a fall, a negative change.
    [JsonPropertyName("declineWords")] public List<string> DeclineWords { get; set; } = [];

    // "passed the USD 1 trillion mark": nouns after a figure that make it a milestone's name, not a statistic.
    [JsonPropertyName("milestoneWords")] public List<string> MilestoneWords { get; set; } = [];

    // A head noun whose unit depends on a word before the figure in its sentence ("passenger ... 480,000 trips").
    [JsonPropertyName("headNounContexts")] public List<HeadNounContextEntry> HeadNounContexts { get; set; } = [];

    // "Borrower | Amount | Loans": the separator of a table flattened into lines; a bare number in a cell counts what its
    // column's header names.
    [JsonPropertyName("cellSeparators")] public List<string> CellSeparators { get; set; } = [];
    [JsonPropertyName("labels")] public Dictionary<string, string> Labels { get; set; } = [];
    [JsonPropertyName("labelAfterChineseNumeral")] public List<string> LabelAfterChineseNumeral { get; set; } = [];

    // Word numerals (English): "one" = 1, "hundred" = 100, "first" = 1, "third" = 3 (as a denominator).
    [JsonPropertyName("ignoreCase")] public bool IgnoreCase { get; set; }
    [JsonPropertyName("spaceGrouping")] public bool SpaceGrouping { get; set; }
    [JsonPropertyName("words")] public Dictionary<string, long> Words { get; set; } = [];
    [JsonPropertyName("wordScales")] public Dictionary<string, long> WordScales { get; set; } = [];
    [JsonPropertyName("ordinals")] public Dictionary<string, long> Ordinals { get; set; } = [];
    [JsonPropertyName("fractions")] public Dictionary<string, long> Fractions { get; set; } = [];
    [JsonPropertyName("wordJoiners")] public List<string> WordJoiners { get; set; } = [];
    [JsonPropertyName("months")] public Dictionary<string, int> Months { get; set; } = [];
    [JsonPropertyName("ordinalSuffixes")] public List<string> OrdinalSuffixes { get; set; } = [];
}
