using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// One culture's tables, compiled from the embedded JSON into char-class arrays and tries. Built once and shared;
/// everything here is read-only after construction, so recognizers are thread-safe.
/// </summary>
internal sealed class CultureTables
{
    private static readonly ConcurrentDictionary<RecognizerCulture, CultureTables> Cache = new();

    private readonly NumeralClass[] classes = new NumeralClass[char.MaxValue + 1];
    private readonly bool[] starts = new bool[char.MaxValue + 1];

    private readonly Dictionary<char, long> values = [];

    // The first characters of the yuan declarations, for one scan of a text.
    private readonly SearchValues<char> declarationStarts;

    private CultureTables(TableDocument doc)
    {
        IgnoreCase = doc.IgnoreCase;
        LatinLines = doc.LatinLines is null ? null
            : RecognizerCultures.TryParse(doc.LatinLines, out var latin) ? latin
            : throw new FormatException($"Unknown culture '{doc.LatinLines}' for Latin lines.");
        SpaceGrouping = doc.SpaceGrouping;
        for (var c = '0'; c <= '9'; c++)
        {
            SetClass(c, NumeralClass.Arabic, c - '0');
            SetClass((char)(c + 0xFEE0), NumeralClass.Arabic, c - '0');
        }

        foreach (var (k, v) in doc.Digits) { SetClass(k[0], NumeralClass.Digit, v); }
        foreach (var k in doc.Zeros) { SetClass(k[0], NumeralClass.Zero, 0); }
        foreach (var (k, v) in doc.SmallScales) { SetClass(k[0], NumeralClass.SmallScale, v); }
        foreach (var (k, v) in doc.BigScales) { SetClass(k[0], NumeralClass.BigScale, v); }
        foreach (var k in doc.Points) { SetClass(k[0], NumeralClass.Point, 0); }
        foreach (var k in doc.Signs) { SetClass(k[0], NumeralClass.Sign, 0); }
        foreach (var k in doc.PlusSigns) { SetClass(k[0], NumeralClass.Plus, 0); }
        foreach (var k in doc.InfixApprox) { SetClass(k[0], NumeralClass.Infix, 0); }
        foreach (var k in doc.MixedJoin) { SetClass(k[0], NumeralClass.Join, 0); }

        NotInDecimals = [.. doc.NotInDecimals.Select(s => s[0])];
        Indefinite = [.. doc.Indefinite];
        NotAlone = [.. doc.NotAlone.Select(x => x[0])];
        HasFractions = doc.FractionParts.Count == 2;
        FractionFirst = HasFractions ? doc.FractionParts[0][0] : '\0';
        FractionSecond = HasFractions ? doc.FractionParts[1][0] : '\0';

        Prefixes = Build(WithCurrencyCodes(doc.Prefixes, doc.CurrencyCodes), TableWord.Parse);
        Suffixes = Build(WithCurrencyCodes(doc.Suffixes, doc.CurrencyCodes), TableWord.Parse);
        Labels = Build(doc.Labels, ParseLabel);
        HeadNouns = Build(doc.HeadNouns, ParseUnit);
        AddRunTogether(HeadNouns, doc.HeadNouns);
        GluedWords = Build(doc.GluedWords);
        Subunits = Build(doc.Subunits);
        FractionShares = Build(doc.FractionShares);
        HeadNounBehindCues = Build(doc.HeadNounBehindCues, ParseBehindCue);
        BackReferences = Build(doc.BackReferences);
        declarationStarts = SearchValues.Create([.. doc.YuanDeclarations.Keys.Select(k => k[0]).Distinct()]);
        YuanDeclarations = [.. doc.YuanDeclarations.Select(d => (d.Key, TableWord.Parse(d.Value) is { Role: WordRole.Currency } word
            ? word.Unit : throw new FormatException($"Yuan declaration '{d.Key}' names no currency ('{d.Value}')."))).OrderBy(d => d.Key, StringComparer.Ordinal)];
        CountPronouns = Build(doc.CountPronouns);
        Partitives = Build(doc.Partitives);
        PartitiveHeads = Build(doc.PartitiveHeads);
        DefiniteWords = Build(doc.DefiniteWords);
        MilestoneWords = Build(doc.MilestoneWords);
        DeclineWords = Build(doc.DeclineWords);
        HeadNounContexts = [.. doc.HeadNounContexts.Select(e => new HeadNounContext(Build(e.Nouns), ParseUnit(e.Unit), Build(e.CuesBefore), Build(e.Blockers)))];
        CellSeparators = [.. doc.CellSeparators.Select(s => s[0])];
        HeadNounsBehind = Build(doc.HeadNounsBehind, ParseUnit);
        MeasureBlockers = Build(doc.MeasureBlockers);
        HeadNounStops = Build(doc.HeadNounStops);
        HeadNounBarriers = Build(doc.HeadNounBarriers);
        HeadNounWindow = doc.HeadNounWindow;
        HeadNounLastWins = doc.HeadNounLastWins;
        HeadNounGap = doc.HeadNounGap;
        HeadNounAfterBareNumber = doc.HeadNounAfterBareNumber;
        RankPrefixLimit = doc.RankPrefixLimit;
        ScaleBlockers = Build(doc.ScaleBlockers);
        RangeJoiners = Build(doc.RangeJoiners);
        SplitYearJoiners = Build(doc.SplitYearJoiners);
        DayTailFollowers = Build(doc.DayTailFollowers);
        FromToRangeWords = Build(doc.FromToRangeWords);
        LabelAfterChineseNumeral = Build(doc.LabelAfterChineseNumeral);
        Words = Build(doc.Words, v => v);
        WordScales = Build(doc.WordScales, v => v);
        Ordinals = Build(doc.Ordinals, v => v);
        Fractions = Build(doc.Fractions, v => v);
        WordJoiners = Build(doc.WordJoiners);
        Months = Build(doc.Months, v => v);
        OrdinalSuffixes = Build(doc.OrdinalSuffixes);
        HasWordNumerals = Words.Count > 0;

        foreach (var table in new IEnumerable<char>[] { Prefixes.FirstChars, Labels.FirstChars, Words.FirstChars, Ordinals.FirstChars, Months.FirstChars })
        {
            foreach (var c in table)
            {
                MarkStart(c);
            }
        }

        WordStarts = new WordOpenings(WordStartOpenings());
        NumberWordStarts = new WordOpenings(NumberWordOpenings());

        foreach (var c in "《》\n.．½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
        {
            starts[c] = true;
        }
    }

    /// <summary>The articles a spelled-out number may open with ("a million", "an eighth"), read by the word-numeral parser.</summary>
    public static IReadOnlyList<string> Articles { get; } = ["a", "an"];

    public bool IgnoreCase { get; }
    public RecognizerCulture? LatinLines { get; }
    public bool SpaceGrouping { get; }
    public HashSet<char> NotInDecimals { get; }
    public HashSet<string> Indefinite { get; }
    public HashSet<char> NotAlone { get; }
    public bool HasFractions { get; }
    public char FractionFirst { get; }
    public char FractionSecond { get; }
    public bool HasWordNumerals { get; }
    public WordTable<TableWord> Prefixes { get; }
    public WordTable<TableWord> Suffixes { get; }
    public WordTable<TableWord> Labels { get; }
    public WordTable<MentionUnit> HeadNouns { get; }
    public WordTable<MentionUnit> HeadNounsBehind { get; }
    public WordTable<bool> GluedWords { get; }
    public WordTable<bool> Subunits { get; }
    public WordTable<bool> FractionShares { get; }
    public WordTable<BehindCue> HeadNounBehindCues { get; }
    public WordTable<bool> BackReferences { get; }

    /// <summary>The notes naming the currency of every bare 元 in a text (「以港元計算」), each with its currency.</summary>
    public IReadOnlyList<(string Phrase, MentionUnit Currency)> YuanDeclarations { get; }

    /// <summary>
    /// The currency a note of the text declares for its bare 元, null when it declares none. A note ends where the
    /// declaration ends (「，以港元計算。」, 「（以港元計算）」, a line of its own); a clause going on after it (「若以港元计算，…」)
    /// converts one figure and declares nothing.
    /// </summary>
    public MentionUnit? DeclaredYuan(string text)
    {
        if (YuanDeclarations.Count == 0)
        {
            return null;
        }

        // One pass over the text for the declarations' first characters (以), not a search per declaration.
        for (var at = text.AsSpan().IndexOfAny(declarationStarts); at >= 0; at = NextDeclarationStart(text, at + 1))
        {
            foreach (var (phrase, currency) in YuanDeclarations)
            {
                if (text.AsSpan(at).StartsWith(phrase, StringComparison.Ordinal) && EndsNote(text, at + phrase.Length))
                {
                    return currency;
                }
            }
        }

        return null;
    }

    private int NextDeclarationStart(string text, int from) =>
        from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(declarationStarts) is var k and >= 0 ? from + k : -1;

    // Only blanks, then the note's end, after the declaration.
    private static bool EndsNote(string text, int end)
    {
        while (end < text.Length && CharFold.IsInlineSpace(text[end]))
        {
            end++;
        }

        return end == text.Length || text[end] is '。' or '．' or '.' or '）' or ')' or '】' or '；' or ';' or '\n' or '\r';
    }
    public WordTable<bool> CountPronouns { get; }
    public WordTable<bool> Partitives { get; }
    public WordTable<bool> PartitiveHeads { get; }
    public WordTable<bool> DefiniteWords { get; }
    public WordTable<bool> MilestoneWords { get; }
    public WordTable<bool> DeclineWords { get; }
    public HeadNounContext[] HeadNounContexts { get; }
    public HashSet<char> CellSeparators { get; }
    public WordTable<bool> MeasureBlockers { get; }
    public WordTable<bool> HeadNounStops { get; }
    public WordTable<bool> HeadNounBarriers { get; }
    public int HeadNounWindow { get; }
    public bool HeadNounLastWins { get; }
    public int HeadNounGap { get; }
    public bool HeadNounAfterBareNumber { get; }

    /// <summary>A rank word ("top") before a numeral at least this large is a headline's verb, not a rank; 0 for none.</summary>
    public int RankPrefixLimit { get; }
    public WordTable<bool> ScaleBlockers { get; }
    public WordTable<bool> RangeJoiners { get; }
    public WordTable<bool> SplitYearJoiners { get; }
    public WordTable<bool> DayTailFollowers { get; }
    public WordTable<bool> FromToRangeWords { get; }
    public WordTable<bool> LabelAfterChineseNumeral { get; }
    public WordTable<long> Words { get; }
    public WordTable<long> WordScales { get; }
    public WordTable<long> Ordinals { get; }
    public WordTable<long> Fractions { get; }
    public WordTable<bool> WordJoiners { get; }
    public WordTable<int> Months { get; }
    public WordTable<bool> OrdinalSuffixes { get; }

    public static CultureTables Load(RecognizerCulture culture) => Cache.GetOrAdd(culture, Build);

    /// <summary>Reads and compiles the tables without the cache.</summary>
    public static CultureTables Build(RecognizerCulture culture) => new(ReadDocument(culture.Code()));

    public NumeralClass ClassOf(char c) => classes[c];

    public long ValueOf(char c) => values.TryGetValue(c, out var v) ? v : 0;

    /// <summary>
    /// The openings of every table the candidate step reads at a word's first letter ("China", "trade", "road" open none
    /// of them): most words of English text are skipped after one look.
    /// </summary>
    public WordOpenings WordStarts { get; }

    /// <summary>The openings of the words a spelled-out number may start with ("the", "of" and "and" open none of them).</summary>
    public WordOpenings NumberWordStarts { get; }

    /// <summary>True when something (numeral, prefix word, label) may begin at this character.</summary>
    public bool MayStart(char c) => starts[c];

    /// <summary>
    /// The first index from <paramref name="from"/> on whose character may begin something (or is an ASCII letter, when
    /// <paramref name="letters"/>), else the text's length: the scan's walk over the many characters that begin nothing, in
    /// one tight loop (the table has a flag for every char, so no bounds check is needed).
    /// </summary>
    public int NextStart(string text, int from, bool letters)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(starts);
        var span = text.AsSpan(from);
        for (var k = 0; k < span.Length; k++)
        {
            var c = span[k];
            if (Unsafe.Add(ref table, c) || (letters && char.IsAsciiLetter(c)))
            {
                return from + k;
            }
        }

        return text.Length;
    }

    private static TableDocument ReadDocument(string code)
    {
        var name = $"BeltRoad.Stats.Recognizers.{code}.json";
        using var stream = typeof(CultureTables).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded table {name}.");
        var doc = JsonSerializer.Deserialize(stream, TableJsonContext.Default.TableDocument) ?? throw new InvalidOperationException(name);
        return doc.Inherits is { } parent ? Merge(ReadDocument(parent), doc) : doc;
    }

    private static TableDocument Merge(TableDocument parent, TableDocument child)
    {
        static void Over<TV>(Dictionary<string, TV> into, Dictionary<string, TV> from)
        {
            foreach (var (k, v) in from)
            {
                into[k] = v;
            }
        }

        Over(parent.Digits, child.Digits);
        Over(parent.SmallScales, child.SmallScales);
        Over(parent.BigScales, child.BigScales);
        Over(parent.Prefixes, child.Prefixes);
        Over(parent.Suffixes, child.Suffixes);
        Over(parent.HeadNouns, child.HeadNouns);
        Over(parent.HeadNounsBehind, child.HeadNounsBehind);
        Over(parent.Labels, child.Labels);
        Over(parent.YuanDeclarations, child.YuanDeclarations);
        Over(parent.CurrencyCodes, child.CurrencyCodes);
        parent.Zeros.AddRange(child.Zeros);
        parent.Points.AddRange(child.Points);
        parent.Signs.AddRange(child.Signs);
        parent.InfixApprox.AddRange(child.InfixApprox);
        parent.NotInDecimals.AddRange(child.NotInDecimals);
        parent.NotAlone.AddRange(child.NotAlone);
        parent.ScaleBlockers.AddRange(child.ScaleBlockers);
        parent.MeasureBlockers.AddRange(child.MeasureBlockers);
        parent.HeadNounStops.AddRange(child.HeadNounStops);
        parent.HeadNounBarriers.AddRange(child.HeadNounBarriers);
        parent.LabelAfterChineseNumeral.AddRange(child.LabelAfterChineseNumeral);
        return parent;
    }

    private WordTable<TV> Build<TS, TV>(Dictionary<string, TS> source, Func<TS, TV> map)
    {
        var table = new WordTable<TV>(IgnoreCase);
        foreach (var (k, v) in source)
        {
            table.Add(k, map(v));
        }

        return table;
    }

    // "freight traintrips": a scraped page drops the space inside a many-word head noun, so each is also known run together.
    private static void AddRunTogether(WordTable<MentionUnit> table, Dictionary<string, string> source)
    {
        foreach (var (k, v) in source)
        {
            if (k.Contains(' ', StringComparison.Ordinal) && !source.ContainsKey(k.Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                table.Add(k.Replace(" ", string.Empty, StringComparison.Ordinal), ParseUnit(v));
            }
        }
    }

    private WordTable<bool> Build(List<string> source)
    {
        var table = new WordTable<bool>(IgnoreCase);
        foreach (var k in source)
        {
            table.Add(k, true);
        }

        return table;
    }

    /// <summary>
    /// The roles a whole word of the label table can have: a name, a vague amount, a percentage or a period the
    /// recognizer resolves whole (also a multiple written as one word: "tenfold"), or a stretch it skips. A role the recognizer would not know what to do with there (a
    /// unit, a qualifier…) fails the table when it loads, not a document when it is read.
    /// </summary>
    internal static readonly IReadOnlySet<WordRole> LabelRoles = new HashSet<WordRole>
    {
        WordRole.Name, WordRole.Vague, WordRole.Percent, WordRole.Multiple, WordRole.Period, WordRole.RelativeYear, WordRole.RelativeMonth, WordRole.Decade, WordRole.Skip, WordRole.Url,
    };

    internal static TableWord ParseLabel(string code) =>
        TableWord.Parse(code) is var word && LabelRoles.Contains(word.Role)
            ? word
            : throw new FormatException($"Label code '{code}' gives the role {word.Role}, which a label cannot have ({string.Join(", ", LabelRoles)}).");

    // The codes join each table; a code the table already lists is a second definition, refused.
    private static Dictionary<string, string> WithCurrencyCodes(Dictionary<string, string> words, Dictionary<string, string> codes)
    {
        var all = new Dictionary<string, string>(words, StringComparer.Ordinal);
        foreach (var (code, value) in codes)
        {
            if (!all.TryAdd(code, value))
            {
                throw new FormatException($"Currency code '{code}' is listed again among the words.");
            }
        }

        return all;
    }

    private static BehindCue ParseBehindCue(string code) => code switch
    {
        "subject" => BehindCue.Subject,
        "previous" => BehindCue.Previous,
        "compared" => BehindCue.Compared,
        "coordinate" => BehindCue.Coordinate,
        "span" => BehindCue.Span,
        "spanStart" => BehindCue.SpanStart,
        _ => throw new FormatException($"Unknown head-noun cue '{code}' (subject, previous, compared, coordinate, span or spanStart)."),
    };

    private static MentionUnit ParseUnit(string code) =>
        MentionCodes.TryParseUnit(code, out var unit) ? unit : throw new FormatException($"Unknown unit '{code}'.");

    private void SetClass(char c, NumeralClass cls, long value)
    {
        classes[c] = cls;
        values[c] = value;
        if (cls is not NumeralClass.Infix and not NumeralClass.Join)
        {
            starts[c] = true;
        }
    }

    // Every table the candidate step reads at a word's first letter (a label, a prefix, a month, a number, scale,
    // fraction or ordinal word, an article, a short word a scraped page ran into a number), each entry's first three
    // characters.
    internal IEnumerable<string> WordStartOpenings() =>
        new[] { Prefixes.Openings(3), Labels.Openings(3), Months.Openings(3), GluedWords.Openings(3), NumberWordOpenings() }.SelectMany(o => o);

    // What the word-numeral parser reads at a number's first word: a number, scale, fraction or ordinal word, or an
    // article. An article is read only as a whole word, so its opening is the word and the blank after it ("an ", not
    // "and"); one of one letter opens nothing.
    internal IEnumerable<string> NumberWordOpenings() =>
        new[] { Words.Openings(3), WordScales.Openings(3), Fractions.Openings(3), Ordinals.Openings(3), Articles.Select(a => a + " ") }.SelectMany(o => o);

    private void MarkStart(char c)
    {
        starts[c] = true;
        starts[CharFold.Fold(c)] = true;
        if (IgnoreCase && c is >= 'a' and <= 'z')
        {
            starts[c - 32] = true;
        }

        if (c is >= '!' and <= '~')
        {
            starts[c + 0xFEE0] = true;
        }
    }
}
