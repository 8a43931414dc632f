namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// What one pass remembers as it moves along the text, owned by the model: the year in context
/// (1—6月 after 2023年 is in 2023), where the last mention ended (mentions never overlap), and whether the pass is
/// inside a 《title》.
/// </summary>
internal sealed class ScanState(RecognitionOptions options)
{
    /// <summary>The reference date's year, 0 when the caller gave none.</summary>
    public int ReferenceYear { get; } = options.ReferenceDate?.Year ?? 0;

    /// <summary>The reference date (the document's), when the caller gave one.</summary>
    public DateOnly? ReferenceDate { get; } = options.ReferenceDate;

    /// <summary>
    /// The year of the latest <paramref name="month"/> begun by the reference date, 0 without one: a month named with
    /// no year ("In May alone", 「截至6月2日」) in a report of June 2023 is May or June 2023, in one of February 2024 still 2023.
    /// </summary>
    public int LatestYearOf(int month) =>
        ReferenceDate is { } date ? (month <= date.Month ? date.Year : date.Year - 1) : 0;

    /// <summary>The year of the latest such month ended before the reference date's month ("last May" in a May: a year before).</summary>
    public int PreviousYearOf(int month) =>
        ReferenceDate is { } date ? (month < date.Month ? date.Year : date.Year - 1) : 0;

    /// <summary>The last year a date stated, else the reference year. Setting it is stating it: <see cref="YearStated"/>.</summary>
    public int LastYear
    {
        get;
        set => (field, YearStated) = (value, true);
    } = options.ReferenceDate?.Year ?? 0;

    /// <summary>A paragraph ended (MEANING.md rule 7): no year is stated in the next one until a date states it.</summary>
    public void EndParagraph() => (LastYear, YearStated) = (ReferenceYear, false);

    /// <summary>
    /// Whether <see cref="LastYear"/> is a year the text stated in this paragraph; false at the text's start and after a
    /// paragraph ends (MEANING.md rule 7), where a bare month is the latest such month begun by the reference date.
    /// </summary>
    public bool YearStated { get; private set; }

    /// <summary>The year of a month named with no year: the year in context where this paragraph stated one, else the latest.</summary>
    public int YearOfBareMonth(int month) => YearStated || ReferenceDate is null ? LastYear : LatestYearOf(month);

    public int LastEnd { get; set; }

    /// <summary>The point the last dated mention began at (its From), else null: where a span's yearless end starts from.</summary>
    public DatePoint? LastPoint { get; set; }

    /// <summary>Where the mention of <see cref="LastPoint"/> ended.</summary>
    public int LastPointEnd { get; set; }

    /// <summary>Where the last mention ended when it was a single year ("In 2021"), else -1: a list of years may go on after it.</summary>
    public int LastYearEnd { get; set; } = -1;

    public bool InTitle { get; set; }

    /// <summary>
    /// The currency bare 元 stands for from here on: a local yuan named in full (澳門元, 港元, 新台幣) at the text's first
    /// amount in yuan or in a note anywhere in the text (「以港元計算」), until 人民币 is named; null is the default, 人民币.
    /// </summary>
    public MentionUnit? LocalYuan { get; set; } = options.Yuan;

    /// <summary>Whether an amount in 人民币 (bare 元 or named) came first: a local yuan named after it is one figure's, not the text's.</summary>
    public bool YuanIsRenminbi { get; set; }
}
