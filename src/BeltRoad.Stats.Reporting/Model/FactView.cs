using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>A fact with everything a reader sees beside it: labels, readable value, date, source and reliability.</summary>
/// <param name="Index">Position in the table's order, 1-based; names the fact's anchors.</param>
/// <param name="Sources">Documents stating the same value for the same key (this one first).</param>
internal sealed record FactView(Fact Fact, int Index, MetricInfo Metric, DocumentView Document, Reliability Reliability, int Sources)
{
    public string Anchor => "f" + Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Anchor of the quoted sentence in the HTML view's source section.</summary>
    public string QuoteAnchor => "q" + Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The subject, or a placeholder where the extraction found none, so no label or cell is blank.</summary>
    public string SubjectText => string.IsNullOrWhiteSpace(Fact.Subject) ? "（主体未注明）" : Fact.Subject;

    /// <summary>The page the figure is on, for documents with pages (PDFs).</summary>
    public int? Page => Document.Info.PageOf(Fact.Span);

    /// <summary>「[2]」, or 「[2] 第5页」 when the document has pages.</summary>
    public string Citation => Page is { } page ? string.Create(CultureInfo.InvariantCulture, $"{Document.Ref} 第{page}页") : Document.Ref;

    /// <summary>The figure in the published text file, as an RFC 5147 fragment (texts/x.pdf.txt#char=120,131), the file's name escaped.</summary>
    public string TextLink => string.Create(CultureInfo.InvariantCulture, $"{Document.TextHref}#char={Fact.Span.Start},{Fact.Span.End}");

    /// <summary>「中欧班列 · 开行列数」: whose figure and what it measures, as a table labels a row.</summary>
    public string EntityIndicator => Fact.Entity.Length == 0 ? SubjectText : Fact.Entity + " · " + (Fact.Indicator.Length > 0 ? Fact.Indicator : SubjectText);

    /// <summary>「实际 · 存量」: whether it happened and how it is aggregated.</summary>
    public string NatureAggregation => Fact.Nature.ChineseWord() + " · " + Fact.Aggregation.ChineseWord();

    /// <summary>「2023-06-30（句内）」: the period and the rule that dated it.</summary>
    public string AsOfWithBasis => Fact.AsOfBasis is { } basis ? AsOfText + "（" + PeriodText.Basis(basis) + "）" : AsOfText;

    public string ValueText => FactText.Value(Fact);

    public string QualifiedValue => FactText.QualifiedValue(Fact);

    public string QualifierWord => Fact.Qualifier.ChineseWord();

    public string AsOfText => PeriodText.Of(Fact.AsOf);

    /// <summary>Where the figure sits on a time axis (the end of its as_of); undated figures sort first.</summary>
    public DateOnly AsOfEnd => Fact.AsOf is { } p ? PeriodText.AxisDate(p.Latest) : DateOnly.MinValue;

    public string ReliabilityWord => Reliability switch
    {
        Reliability.Corroborated => string.Create(CultureInfo.InvariantCulture, $"{Sources}份文件印证"),
        Reliability.Conflicting => "文件间有出入",
        _ => "单一来源",
    };

    /// <summary>The quote, cut to <paramref name="max"/> characters for table cells.</summary>
    public string ShortQuote(int max)
    {
        return TextCut.Cut(Fact.Quote.ReplaceLineEndings(" ").Trim(), max);
    }
}
