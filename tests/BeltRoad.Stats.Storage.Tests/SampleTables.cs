using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>Fact tables with the awkward cases every export has to survive.</summary>
internal static class SampleTables
{
    public const string Generator = "beltroad-stats 0.1.0";

    public static DocumentInfo Doc(string name, PeriodPoint? date = null) =>
        new(name, new string('a', 64), 1234, "utf-8", DocumentLanguage.ZhHans, "标题 " + name, date, 5000);

    public static Fact Fact(
        string id,
        string doc,
        decimal value,
        decimal? high = null,
        string metric = "train_count",
        Unit unit = Unit.Trains,
        Qualifier qualifier = Qualifier.Exact,
        Period? asOf = null,
        string subject = "中欧班列累计开行",
        string quote = "中欧班列累计开行超过7.4万列",
        string section = "二、 > （一）",
        params SourceSpan[] spans)
    {
        var all = spans.Length > 0 ? spans : [new SourceSpan(10, 20)];
        return new Fact(id, doc, new MetricCode(metric), subject, value, high, unit, qualifier, asOf, section, quote, all[0], all);
    }

    /// <summary>A converted PDF with its source: c-1 (offset 3) is on page 1, c-2 (offset 10) on page 3.</summary>
    public static DocumentInfo Paged(DocumentInfo doc) => doc with
    {
        Format = "pdf",
        Author = "编写组",
        Publisher = "国务院新闻办公室",
        Url = "https://example.org/wp/c.html?a=1&b=2",
        Pages = new PageMap([0, 5, 9]),
    };

    /// <summary>Two documents, tricky text and numbers, a repeated fact, one corroboration and one conflict.</summary>
    public static FactTable Rich()
    {
        var june = Period.AsOf(PeriodPoint.MonthEnd(2023, 6));
        var facts = new[]
        {
            Fact("a-1", "a.txt", 74000.0m, qualifier: Qualifier.MoreThan, asOf: june, spans: [new(10, 17), new(900, 907)]),
            Fact("a-2", "a.txt", 45.40m, metric: "percentage", unit: Unit.Percent, subject: "=SUM(A1) 占比",
                quote: "比重为45.4%，\"较\"上年, 提高\r\n</script><b>&", section: "-专栏 1"),
            Fact("a-3", "a.txt", -3.5m, metric: "growth_rate", unit: Unit.Percent, subject: "@增速", quote: "+下降3.5%"),
            Fact("a-4", "a.txt", 2.8m, 9.7m, "growth_rate", Unit.Percent, Qualifier.Range, Period.Span(PeriodPoint.OfYear(2013), PeriodPoint.OfYear(2022)),
                subject: "年均增长", quote: "\t增长2.8%—9.7%"),
            Fact("a-5", "a.txt", 0.00001m, metric: "other_amount", unit: Unit.Other, subject: "極小值 𠀋", quote: "0.00001"),
            Fact("b-1", "b.md", 74000m, qualifier: Qualifier.MoreThan, asOf: june, subject: "中欧班列累计开行", spans: [new(5, 12)]),
            Fact("c-1", "c.txt", 74500m, qualifier: Qualifier.Exact, asOf: june, subject: "中欧班列累计开行", spans: [new(3, 9)]),
            Fact("c-2", "c.txt", 19100000000000m, metric: "trade_volume", unit: Unit.USD, subject: "货物贸易额", quote: "19.1万亿美元", asOf: Period.AsOf(PeriodPoint.OfYear(2022))),
        };
        var key = new FactKey(new MetricCode("train_count"), "中欧班列累计开行", june.ToString());
        var findings = new[]
        {
            new CrossDocumentFinding(FindingKind.Conflict, key, ["a-1", "b-1", "c-1"], ["a.txt", "b.md", "c.txt"]),
        };
        return new FactTable(
            [Doc("a.txt", PeriodPoint.OfDay(2023, 10, 18)), Doc("b.md"), Paged(Doc("c.txt", PeriodPoint.OfMonth(2023, 10)))],
            facts,
            findings,
            [new SkippedMention("a.txt", new SourceSpan(1, 5), "第三届", "ordinal")],
            [RunIssue.Warning("empty.txt", "empty file"), RunIssue.Failure("bin.dat", "binary"), RunIssue.Warning(null, "no date")]);
    }
}
