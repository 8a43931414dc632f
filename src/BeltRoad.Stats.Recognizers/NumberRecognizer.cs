using System.Collections.Concurrent;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// Finds numbers, amounts, percentages, dates and the numbers that are only names in a text. Built once per
/// culture from its tables; immutable and safe to share between threads.
/// </summary>
public sealed class NumberRecognizer
{
    private static readonly ConcurrentDictionary<RecognizerCulture, NumberRecognizer> Cache = new();

    private readonly CultureTables tables;

    private NumberRecognizer(RecognizerCulture culture)
    {
        Culture = culture;
        tables = CultureTables.Load(culture);
    }

    public RecognizerCulture Culture { get; }

    public static NumberRecognizer For(RecognizerCulture culture) => Cache.GetOrAdd(culture, c => new NumberRecognizer(c));

    /// <summary>Builds a fresh recognizer, bypassing every cache (for measuring build time).</summary>
    internal static NumberRecognizer BuildUncached(RecognizerCulture culture) => new(culture, CultureTables.Build(culture));

    private NumberRecognizer(RecognizerCulture culture, CultureTables tables)
    {
        Culture = culture;
        this.tables = tables;
    }

    /// <summary>The currency a note of the text names for its bare 元 (「以港元計算」), null when none does.</summary>
    public MentionUnit? DeclaredYuan(string text) => tables.DeclaredYuan(text);

    /// <summary>
    /// Mentions ordered by start, never overlapping; each Text equals the input at its span. Where the culture's tables
    /// name one for Latin script, the lines written in Latin letters are read with that culture's tables.
    /// </summary>
    public IReadOnlyList<Mention> Recognize(string text, RecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new MentionModel(text, tables, options).Recognize();
        if (tables.LatinLines is not { } latin || LatinLines.Find(text) is not { } lines)
        {
            return mentions;
        }

        return LatinLines.Reread(text, mentions, lines, For(latin), options);
    }
}
